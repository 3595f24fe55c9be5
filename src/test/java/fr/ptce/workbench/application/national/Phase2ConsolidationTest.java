package fr.ptce.workbench.application.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.Phase2Fixture;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.exporting.ExportReport;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The region's phase-2 avis workbook read back by PESSII's consolidation: the rows of phase 2, keyed by the phase-2
 * numbers, with their phase-2 scores; phase 1's rows untouched; a workbook whose phase is edited by hand refused.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class Phase2ConsolidationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-10-12T09:00:00Z"), ZoneId.of("Europe/Paris"));
    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    @TempDir
    Path folder;

    private final Workspace region;
    private final Workspace pessii;
    private String number;

    Phase2ConsolidationTest(StoreEngine engine) {
        region = TestWorkspaces.open(engine, CLOCK);
        pessii = TestWorkspaces.open(engine, CLOCK);
    }

    @BeforeEach
    void instructed() {
        number = Phase2Fixture.importBothPhases(region, folder).get(0);
        region.workspaceUser().set(MARIE);
        region.scoreDossier()
                .setScores(
                        number,
                        Map.of(
                                "P1", new BigDecimal("4"),
                                "P2", new BigDecimal("3"),
                                "P3", new BigDecimal("5"),
                                "P4", new BigDecimal("2"),
                                "P5", new BigDecimal("4")),
                        Map.of("P2", "Animation à 60 %"));
        region.saveAvis()
                .save(new AvisDraft(
                        number, Recommendation.FAVORABLE, false, "Animation solide", null, null, null, null));
    }

    @AfterEach
    void close() {
        region.close();
        pessii.close();
    }

    private Path exported() {
        ExportReport report = region.exportAvis()
                .toWorkbook(folder.resolve("out"), ExportAvis.Scope.ALL_REGIONS, Phase.TWO, Progress.NONE);
        return report.file();
    }

    @Test
    void thePhase2WorkbookRoundTripsIntoPessiisPhase2Rows() {
        Path workbook = exported();
        assertTrue(workbook.getFileName().toString().startsWith("avis-phase-2-bretagne-"), workbook.toString());
        assertEquals(2, AvisWorkbookReader.read(workbook).phase());

        ConsolidationReport report = pessii.consolidateAvis().importFiles(List.of(workbook), Phase.TWO, Progress.NONE);

        assertEquals(
                FileOutcome.Status.ACCEPTED,
                report.files().get(0).status(),
                report.files().get(0).message());
        List<RegionalAvisRow> rows = pessii.consolidateAvis().rows(Phase.TWO);
        assertEquals(6, rows.size());
        RegionalAvisRow row = rows.stream()
                .filter(r -> r.dossierNumber().equals(number))
                .findFirst()
                .orElseThrow();
        assertEquals(0, new BigDecimal("72").compareTo(row.total()), "the phase-2 grid's total travels");
        assertEquals(0, new BigDecimal("3").compareTo(row.scores().get("P2")));
        assertEquals("Animation solide", row.motivation());
        assertEquals(List.of(), pessii.consolidateAvis().rows(), "phase 1's national rows stay phase 1's");
    }

    @Test
    void aWorkbookWhosePhaseIsEditedByHandIsRefusedAndNothingStored() throws IOException {
        Path workbook = exported();
        Path edited = folder.resolve("phase-modifiee.xlsx");
        try (InputStream in = Files.newInputStream(workbook);
                XSSFWorkbook book = new XSSFWorkbook(in)) {
            for (Row r : book.getSheet("Métadonnées")) {
                if ("phase".equals(r.getCell(0).getStringCellValue())) {
                    r.getCell(1).setCellValue("1");
                }
            }
            try (OutputStream out = Files.newOutputStream(edited)) {
                book.write(out);
            }
        }

        ConsolidationReport report = pessii.consolidateAvis().importFiles(List.of(edited), null, Progress.NONE);

        FileOutcome outcome = report.files().get(0);
        assertEquals(FileOutcome.Status.REFUSED, outcome.status());
        assertTrue(
                outcome.message().contains("phase-modifiee.xlsx")
                        && outcome.message().contains("somme de contrôle"),
                outcome.message());
        assertEquals(List.of(), pessii.consolidateAvis().rows(Phase.TWO));
        assertEquals(List.of(), pessii.consolidateAvis().rows());
    }
}
