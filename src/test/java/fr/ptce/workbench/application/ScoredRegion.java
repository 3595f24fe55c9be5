package fr.ptce.workbench.application;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** A region's workspace on the October sample, two dossiers scored (one by two reviewers, with an avis), exported. */
public final class ScoredRegion {

    static final String OCTOBER = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    public static final String FRAGILE = "4847721";
    public static final String NOT_FRAGILE = "5074121";

    private ScoredRegion() {}

    /** Imports, scores and exports into {@code folder/region}; returns the avis workbook. */
    public static Path export(Workspace workspace, Path folder, String region) throws IOException {
        Path regionFolder = Files.createDirectories(folder.resolve(region));
        Path sample = SampleFiles.copy(OCTOBER, regionFolder);
        workspace.importDossiers().fromFile(sample, ColumnMapping.NONE, Progress.NONE);
        workspace.workspaceUser().set(new Reviewer("Paul Expert", "paul@example.fr", ReviewerRole.EXPERT, null));
        score(workspace, FRAGILE, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        workspace.scoreDossier().setComment(FRAGILE, "O2", "Gouvernance\tà préciser");
        workspace
                .workspaceUser()
                .set(new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, region));
        score(workspace, FRAGILE, 4, 3, 5, 4, 2, 4, 3, 3, 2, 4);
        workspace.scoreDossier().setComment(FRAGILE, "V1", "Équipe expérimentée");
        score(workspace, NOT_FRAGILE, 1, 1);
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        FRAGILE,
                        Recommendation.FAVORABLE_WITH_RESERVATIONS,
                        true,
                        "=HYPERLINK(\"x\")\nSur deux lignes",
                        "Ancrage local",
                        "Budget fragile",
                        null,
                        null));
        return workspace
                .exportAvis()
                .toWorkbook(regionFolder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE)
                .file();
    }

    private static void score(Workspace workspace, String number, int... values) {
        List<String> codes = Grids.amiPtce2021().codes();
        for (int i = 0; i < values.length; i++) {
            workspace.scoreDossier().setScore(number, codes.get(i), BigDecimal.valueOf(values[i]));
        }
    }
}
