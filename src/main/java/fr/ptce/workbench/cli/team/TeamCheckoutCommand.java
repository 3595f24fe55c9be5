package fr.ptce.workbench.cli.team;

import fr.ptce.workbench.application.OfflineLaptops;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.Commands;
import fr.ptce.workbench.cli.common.Passwords;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.offline.CheckoutReport;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code team checkout}: what the login may see, copied into a new encrypted workspace of this computer. */
@Command(
        name = "checkout",
        mixinStandardHelpOptions = true,
        description = "Emporte hors ligne ce que l'identifiant peut voir (dossiers de sa région ou qui lui sont"
                + " confiés, textes, grille, évaluations, avis, pièces) dans un nouvel espace chiffré de cet"
                + " ordinateur\u00a0; son mot de passe\u00a0: --password-file, " + Passwords.ENVIRONMENT
                + " ou demandé.")
public final class TeamCheckoutCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--to", required = true, paramLabel = "RÉPERTOIRE", description = "Nouvel espace (vide).")
    private Path to;

    @Option(
            names = "--server-password-file",
            paramLabel = "FICHIER",
            description = "Mot de passe de l'identifiant sur le serveur (première ligne)\u00a0; sinon PGPASSWORD,"
                    + " ~/.pgpass ou demandé.")
    private Path serverPasswordFile;

    @Override
    public Integer call() {
        TeamUserCommand.requireShared(spec, workspace);
        char[] password = Passwords.forNewWorkspace(spec, to);
        if (password == null) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Un emport est toujours chiffré\u00a0: --password-file FICHIER ou " + Passwords.ENVIRONMENT + ".");
        }
        CheckoutReport report;
        try (Workspace shared = Commands.openShared(spec, workspace.location(), null, serverPasswordFile)) {
            report = OfflineLaptops.checkout(shared, to, password, Progress.NONE);
        } finally {
            Arrays.fill(password, '\0');
        }
        spec.commandLine()
                .getOut()
                .println("Emporté dans «\u00a0" + to + "\u00a0» (chiffré)\u00a0: " + report.dossiers() + " dossiers, "
                        + report.units() + " évaluations, avis, notes et dérogations, " + report.attachments()
                        + " pièces. Travaillez hors ligne avec --workspace " + to
                        + ", puis «\u00a0team checkin " + to + "\u00a0».");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
