package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.exporting.ExportReport;
import fr.ptce.workbench.application.national.ConsolidationReport;
import fr.ptce.workbench.application.review.ReviewSheet;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.grid.Block;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookVerifier;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * A workspace that scored on version 1 of the default grid (paraphrased texts) keeps those scores on version 1, and
 * scores new reviews on the version with the call's words; its avis workbook is intact and PESSII accepts it.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class GridVersionsTest {

    private final StoreEngine engine;

    GridVersionsTest(StoreEngine engine) {
        this.engine = engine;
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final OffsetDateTime AT = OffsetDateTime.parse("2021-11-30T10:00:00+01:00");
    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");
    private static final String SCORED_ON_V1 = "4847721";
    private static final String NEW = "5074121";

    @TempDir
    Path folder;

    /** Version 1 of the default grid as it shipped (paraphrased labels), as a workspace of that time stored it. */
    static Grid firstVersion() {
        Grid current = Grids.amiPtce2021();
        List<Criterion> criteria = current.criteria().stream()
                .map(c -> new Criterion(
                        c.code(),
                        c.code().equals("V1") ? "Crédibilité et professionnalisme" : "Ancien libellé " + c.code(),
                        "Ancienne aide " + c.code(),
                        c.blockCode(),
                        c.weight(),
                        c.threshold()))
                .toList();
        return new Grid(
                current.id(),
                1,
                current.name(),
                List.<Block>copyOf(current.blocks()),
                criteria,
                current.scale(),
                current.overallThreshold());
    }

    @Test
    void scoresOnTheFirstVersionStayOnItAndNewReviewsUseTheCallsWords() throws IOException {
        Path workspaceFolder = folder.resolve("w");
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            workspace
                    .importDossiers()
                    .fromFile(
                            SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder), ColumnMapping.NONE, Progress.NONE);
            workspace.workspaceUser().set(MARIE);
        }
        try (Database database = Database.openFile(workspaceFolder)) {
            database.inTransaction(r -> {
                r.grids().save(firstVersion());
                r.reviews()
                        .save(Review.start(SCORED_ON_V1, MARIE, Grids.AMI_PTCE_2021, 1, Targets.NONE, AT)
                                .withScore("V1", new Score(BigDecimal.valueOf(4), "Équipe expérimentée"), AT));
                r.grids().freeze(Grids.AMI_PTCE_2021, 1);
                return null;
            });
        }
        try (Workspace workspace = Workspace.open(workspaceFolder)) {
            ReviewSheet old = workspace.readReviews().of(SCORED_ON_V1);
            assertEquals(1, old.grid().version());
            assertEquals(
                    "Crédibilité et professionnalisme",
                    old.grid().criterion("V1").orElseThrow().label());

            workspace.scoreDossier().setScore(SCORED_ON_V1, "V2", BigDecimal.valueOf(3));
            Review kept = workspace.readReviews().of(SCORED_ON_V1).mine().orElseThrow();
            assertEquals(1, kept.gridVersion());
            assertEquals(BigDecimal.valueOf(4), kept.score("V1").value());

            workspace.scoreDossier().setScore(NEW, "V2", BigDecimal.valueOf(5));
            ReviewSheet fresh = workspace.readReviews().of(NEW);
            assertEquals(Grids.AMI_PTCE_2021_VERSION, fresh.mine().orElseThrow().gridVersion());
            assertTrue(fresh.grid().sameContentAs(Grids.amiPtce2021()));
            assertTrue(fresh.grid()
                    .criterion("V2")
                    .orElseThrow()
                    .label()
                    .contains("partenariats développés ou mis en perspective"));

            Path exports = Files.createDirectories(folder.resolve("exports"));
            ExportReport report =
                    workspace.exportAvis().toWorkbook(exports, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
            assertTrue(AvisWorkbookVerifier.verify(report.file()).intact());
            assertEquals(
                    String.valueOf(Grids.AMI_PTCE_2021_VERSION),
                    AvisWorkbookVerifier.verify(report.file()).metadata().get("grid_version"));

            try (Workspace pessii = TestWorkspaces.open(engine, CLOCK)) {
                ConsolidationReport consolidated =
                        pessii.consolidateAvis().importFiles(List.of(report.file()), Progress.NONE);
                FileOutcome outcome = consolidated.files().get(0);
                assertEquals(FileOutcome.Status.ACCEPTED, outcome.status(), outcome.message());
            }
        }
    }
}
