package fr.ptce.workbench.cli;

import fr.ptce.workbench.application.WorkspaceAccessException;
import fr.ptce.workbench.application.common.IdentityRequiredException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.importing.ColumnMappingRequiredException;
import fr.ptce.workbench.application.importing.ImportConfirmationRequiredException;
import fr.ptce.workbench.cli.common.ExitStatus;
import fr.ptce.workbench.cli.common.Passwords;
import fr.ptce.workbench.cli.dossier.AttachmentsCommand;
import fr.ptce.workbench.cli.dossier.DossiersCommand;
import fr.ptce.workbench.cli.dossier.ImportCommand;
import fr.ptce.workbench.cli.dossier.Phase2Command;
import fr.ptce.workbench.cli.kit.KitCommand;
import fr.ptce.workbench.cli.national.CampaignCommand;
import fr.ptce.workbench.cli.national.ConflictsCommand;
import fr.ptce.workbench.cli.national.ConsolidateCommand;
import fr.ptce.workbench.cli.national.DecideCommand;
import fr.ptce.workbench.cli.national.LettersCommand;
import fr.ptce.workbench.cli.national.NationalCommand;
import fr.ptce.workbench.cli.online.DsCommand;
import fr.ptce.workbench.cli.review.AvisCommand;
import fr.ptce.workbench.cli.review.ExportAvisCommand;
import fr.ptce.workbench.cli.review.ScoreCommand;
import fr.ptce.workbench.cli.review.UserCommand;
import fr.ptce.workbench.cli.team.TeamCommand;
import fr.ptce.workbench.cli.workspace.BackupCommand;
import fr.ptce.workbench.cli.workspace.GenerateSamplesCommand;
import fr.ptce.workbench.cli.workspace.PasswordCommand;
import fr.ptce.workbench.cli.workspace.PurgeCommand;
import fr.ptce.workbench.cli.workspace.RestoreCommand;
import fr.ptce.workbench.domain.InputRefusedException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.OptionalInt;
import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command line of the workbench: headless subcommands over the same use cases as the window. Exit status (see
 * reliability.md, « Exit statuses of the command line »): 0 when done; {@value ExitStatus#REFUSED} when an input was
 * refused or
 * the command failed (French message on stderr, store unchanged; {@code consolidate} keeps the workbooks it accepted
 * and returns it when it refused any); 2 on a usage error (picocli's {@code ExitCode.USAGE});
 * {@value ExitStatus#WORKSPACE_IN_USE} when the workspace is open in another instance. The usage help is French
 * throughout:
 * picocli's standard texts (help and version options, section headings) come from the resource bundle
 * {@code fr/ptce/workbench/cli/usage.properties}, which subcommands inherit.
 */
@Command(
        name = "ptce-workbench",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        resourceBundle = "fr.ptce.workbench.cli.usage",
        description = "Atelier PTCE — instruction hors ligne des dossiers de l'AMI PTCE émergents.",
        subcommands = {
            ImportCommand.class,
            DossiersCommand.class,
            Phase2Command.class,
            AttachmentsCommand.class,
            GenerateSamplesCommand.class,
            UserCommand.class,
            ScoreCommand.class,
            AvisCommand.class,
            ExportAvisCommand.class,
            ConsolidateCommand.class,
            ConflictsCommand.class,
            DecideCommand.class,
            NationalCommand.class,
            LettersCommand.class,
            KitCommand.class,
            PasswordCommand.class,
            BackupCommand.class,
            RestoreCommand.class,
            PurgeCommand.class,
            CampaignCommand.class,
            DsCommand.class,
            TeamCommand.class
        })
public final class WorkbenchCommand implements Runnable {

    private static final Set<String> FLAGS = Set.of("-h", "--help", "-V", "--version");

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(
            names = Passwords.OPTION,
            scope = CommandLine.ScopeType.INHERIT,
            paramLabel = "FICHIER",
            description = "Mot de passe d'un espace de travail chiffré (première ligne du fichier)\u00a0; sinon la "
                    + "variable d'environnement " + Passwords.ENVIRONMENT + ", sinon demandé au terminal.")
    private java.nio.file.Path passwordFile;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Whether these arguments are for the command line rather than the window. */
    public static boolean isCommandLine(String[] args) {
        return args.length > 0 && isCommandLine(args, new CommandLine(new WorkbenchCommand()));
    }

    private static boolean isCommandLine(String[] args, CommandLine commandLine) {
        return FLAGS.contains(args[0]) || commandLine.getSubcommands().containsKey(args[0]);
    }

    /**
     * Runs the command line when these arguments are for it (as {@link #isCommandLine(String[])}) and returns its
     * exit status; empty when they are for the window. Builds picocli's model of the commands once (building it
     * is about a tenth of a second of a cold JVM's start, paid before every command).
     */
    public static OptionalInt runIfCommandLine(String[] args) {
        if (args.length == 0) {
            return OptionalInt.empty();
        }
        CommandLine commandLine = new CommandLine(new WorkbenchCommand());
        return isCommandLine(args, commandLine) ? OptionalInt.of(execute(commandLine, args)) : OptionalInt.empty();
    }

    /** Runs the command line and returns its exit status. */
    public static int run(String[] args) {
        return execute(new CommandLine(new WorkbenchCommand()), args);
    }

    private static int execute(CommandLine commandLine, String[] args) {
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        commandLine.setExecutionExceptionHandler((e, cmd, parseResult) -> {
            cmd.getErr().println(message(e));
            cmd.getErr().flush();
            return e instanceof WorkspaceAccessException access
                            && access.reason() == WorkspaceAccessException.Reason.IN_USE
                    ? ExitStatus.WORKSPACE_IN_USE
                    : ExitStatus.REFUSED;
        });
        return commandLine.execute(args);
    }

    private static String message(Exception e) {
        if (e instanceof InputRefusedException
                || e instanceof ColumnMappingRequiredException
                || e instanceof InvalidInputException
                || e instanceof IdentityRequiredException
                || e instanceof fr.ptce.workbench.domain.offline.CheckinRefusedException) {
            return "Refusé. " + e.getMessage();
        }
        if (e instanceof ImportConfirmationRequiredException) {
            return "Refusé. " + e.getMessage() + " Relancez avec --force pour l'importer quand même.";
        }
        if (e instanceof WorkspaceAccessException) {
            return e.getMessage();
        }
        return "Erreur\u00a0: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
    }
}
