package fr.ptce.workbench.cli.workspace;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup}: writes a consistent copy of a workspace to a zip file (encrypted if the workspace is). */
@Command(
        name = "backup",
        mixinStandardHelpOptions = true,
        description = "Sauvegarde l'espace de travail dans un fichier zip (chiffré si l'espace l'est).")
public final class BackupCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @Option(names = "--out", required = true, paramLabel = "FICHIER.zip", description = "Fichier de sauvegarde.")
    private Path out;

    @Override
    public Integer call() {
        try (Workspace opened = workspace.open()) {
            opened.backup(out);
        }
        spec.commandLine().getOut().println("Sauvegarde écrite\u00a0: " + out.toAbsolutePath());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
