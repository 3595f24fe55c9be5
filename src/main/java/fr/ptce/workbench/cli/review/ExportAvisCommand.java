package fr.ptce.workbench.cli.review;

import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.exporting.ExportReport;
import fr.ptce.workbench.cli.common.PhaseOption;
import fr.ptce.workbench.cli.common.WorkspaceOption;
import fr.ptce.workbench.domain.Progress;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code export-avis}: writes the region's avis workbook for PESSII and prints its path, rows and checksum. */
@Command(
        name = "export-avis",
        mixinStandardHelpOptions = true,
        description = "Exporte le classeur d'avis de la région pour le PESSII (xlsx).")
public final class ExportAvisCommand implements Callable<Integer> {

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    private WorkspaceOption workspace;

    @CommandLine.Mixin
    private PhaseOption phase;

    @Option(
            names = "--out",
            paramLabel = "FICHIER.xlsx",
            description = "Fichier ou répertoire de sortie (par défaut\u00a0: avis-<région>-<AAAA-MM-JJ>.xlsx dans le"
                    + " répertoire courant).")
    private Path out;

    @Option(
            names = "--all-regions",
            description = "Exporte les dossiers de toutes les régions (par défaut : ceux de la région de"
                    + " l'utilisateur et ceux dont la région n'est pas renseignée).")
    private boolean allRegions;

    @Override
    public Integer call() {
        ExportReport report;
        try (Workspace opened = workspace.open()) {
            report = opened.exportAvis()
                    .toWorkbook(
                            out == null ? Path.of("").toAbsolutePath() : out,
                            allRegions ? ExportAvis.Scope.ALL_REGIONS : ExportAvis.Scope.OWN_REGION,
                            phase.orFirst(),
                            Progress.NONE);
        }
        PrintWriter printer = spec.commandLine().getOut();
        printer.println("Classeur d'avis écrit\u00a0: " + report.file().toAbsolutePath());
        printer.println("Dossiers\u00a0: " + report.rows());
        printer.println("SHA-256\u00a0: " + report.sha256());
        printer.flush();
        return 0;
    }
}
