package fr.ptce.workbench.cli.online;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.importing.ImportReport;
import fr.ptce.workbench.application.importing.SyncDossiers;
import fr.ptce.workbench.cli.common.Commands;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code ds sync}: reads the procedure's dossiers from DS's API into the workspace, as an import does. */
@Command(
        name = "sync",
        mixinStandardHelpOptions = true,
        description = "Lit les dossiers de la démarche par l'API de démarches-simplifiées et les importe comme un"
                + " export (mêmes contrôles, même rapport, tout ou rien). Ensuite, seuls les dossiers modifiés depuis"
                + " la dernière synchronisation sont lus.")
public final class DsSyncCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private DsApiOptions api;

    @Option(names = "--all", description = "Relit tous les dossiers, même après une première synchronisation.")
    private boolean everything;

    @Option(
            names = "--force",
            description = "Importe même si aucun dossier lu n'est déjà dans l'espace de travail (sinon refusé,"
                    + " rien n'est importé).")
    private boolean force;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        var access = api.access(System.getenv());
        try (Workspace opened = workspace.openOrCreate()) {
            SyncDossiers.SyncReport sync =
                    opened.syncDossiers().sync(access, api.procedure, everything, force, Progress.NONE);
            ImportReport report = sync.report();
            Commands.print(out, report);
        }
        out.flush();
        return 0;
    }
}
