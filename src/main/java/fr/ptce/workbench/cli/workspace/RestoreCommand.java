package fr.ptce.workbench.cli.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.Commands;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore}: restores a backup into a new workspace folder and checks that it opens. */
@Command(
        name = "restore",
        mixinStandardHelpOptions = true,
        description = "Restaure une sauvegarde dans un nouvel espace de travail (répertoire nouveau ou vide).")
public final class RestoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--backup", required = true, paramLabel = "FICHIER.zip", description = "Sauvegarde à restaurer.")
    private Path backup;

    @Option(
            names = "--workspace",
            required = true,
            paramLabel = "RÉPERTOIRE",
            description = "Nouvel espace de travail (créé\u00a0; refusé s'il n'est pas vide).")
    private String workspace;

    @Override
    public Integer call() {
        if (Commands.isShared(workspace)) {
            throw new CommandLine.ParameterException(
                    spec.commandLine(),
                    "Une sauvegarde de l'Atelier se restaure"
                            + " dans un répertoire de cet ordinateur\u00a0; un espace partagé se restaure sur"
                            + " le serveur"
                            + " PostgreSQL par son administrateur (pg_restore).");
        }
        Path folder = Commands.folder(spec, workspace);
        Workspace.restore(backup, folder);
        int dossiers;
        try (Workspace opened = Commands.open(spec, folder)) {
            dossiers = opened.listDossiers().all().size();
        }
        spec.commandLine()
                .getOut()
                .println("Espace de travail restauré\u00a0: " + folder.toAbsolutePath() + " (" + dossiers
                        + " dossiers)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
