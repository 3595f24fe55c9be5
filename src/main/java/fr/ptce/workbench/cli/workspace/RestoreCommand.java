package fr.ptce.workbench.cli.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.Commands;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code restore}: restores a backup into a new workspace folder and checks that it opens. */
@Command(name = "restore", mixinStandardHelpOptions = true,
        description = "Restaure une sauvegarde dans un nouvel espace de travail (répertoire nouveau ou vide).")
public final class RestoreCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--backup", required = true, paramLabel = "FICHIER.zip", description = "Sauvegarde à restaurer.")
    private Path backup;

    @Option(names = "--workspace", required = true, paramLabel = "RÉPERTOIRE",
            description = "Nouvel espace de travail (créé\u00a0; refusé s'il n'est pas vide).")
    private Path workspace;

    @Override
    public Integer call() {
        Workspace.restore(backup, workspace);
        int dossiers;
        try (Workspace opened = Commands.open(spec, workspace)) {
            dossiers = opened.listDossiers().all().size();
        }
        spec.commandLine().getOut().println("Espace de travail restauré\u00a0: " + workspace.toAbsolutePath() + " ("
                + dossiers + " dossiers)");
        spec.commandLine().getOut().flush();
        return 0;
    }
}
