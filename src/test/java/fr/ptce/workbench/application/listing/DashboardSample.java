package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Targets;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A workspace worth a dashboard: the October sample, its first four dossiers scored by Maëlle (every criterion 4,
 * then 3, 3, 2: totals 80, 60, 60, 40) and the first two also by Yannick (every criterion 2: totals 40, 40), targets
 * on the first four (none on the last two) and a favorable avis on the first.
 */
public final class DashboardSample {

    public static final Reviewer MAELLE =
            new Reviewer("Maëlle Kerjean", "maelle@example.org", ReviewerRole.CORRESPONDENT, "Bretagne");
    public static final Reviewer YANNICK =
            new Reviewer("Yannick Le Goff", "yannick@example.org", ReviewerRole.EXPERT, "Bretagne");

    private DashboardSample() {}

    /** Fills the workspace; returns the dossiers' numbers in list order. */
    public static List<String> fill(Workspace workspace, Path folder) {
        Path file = SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder);
        workspace.importDossiers().fromFile(file, ColumnMapping.NONE, Progress.NONE);
        List<String> numbers = workspace.listDossiers().all().stream()
                .map(DossierSummary::number)
                .toList();
        workspace.workspaceUser().set(YANNICK);
        score(workspace, numbers.get(0), 2);
        score(workspace, numbers.get(1), 2);
        workspace.workspaceUser().set(MAELLE);
        int[] marks = {4, 3, 3, 2};
        for (int i = 0; i < marks.length; i++) {
            score(workspace, numbers.get(i), marks[i]);
        }
        workspace.scoreDossier().setTargets(numbers.get(0), new Targets(true, true, true));
        workspace.scoreDossier().setTargets(numbers.get(1), new Targets(true, false, false));
        workspace.scoreDossier().setTargets(numbers.get(2), new Targets(false, false, false));
        workspace.scoreDossier().setTargets(numbers.get(3), new Targets(false, false, false));
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        numbers.get(0),
                        Recommendation.FAVORABLE,
                        false,
                        "Projet solide et bien ancré.",
                        null,
                        null,
                        null,
                        null));
        return numbers;
    }

    /**
     * Exports the workspace's avis workbook and consolidates it into the same workspace, as PESSII would: the
     * national rows give the dashboard its map. Returns the workbook.
     */
    public static Path consolidateOwnAvis(Workspace workspace, Path folder) {
        Path workbook = folder.resolve("avis-bretagne.xlsx");
        workspace.exportAvis().toWorkbook(workbook, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
        workspace.consolidateAvis().importFiles(List.of(workbook), Progress.NONE);
        return workbook;
    }

    private static void score(Workspace workspace, String number, int mark) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        for (String code : List.of("V1", "V2", "V3", "V4", "V5", "O1", "O2", "O3", "E1", "E2")) {
            scores.put(code, BigDecimal.valueOf(mark));
        }
        workspace.scoreDossier().setScores(number, scores, Map.of());
    }
}
