package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.kit.KitDecisionRequiredException;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitExportReport;
import fr.ptce.workbench.application.kit.KitImportReport;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.kit.KitCells;
import fr.ptce.workbench.spreadsheet.kit.KitFormat;
import fr.ptce.workbench.spreadsheet.kit.KitWorkbookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The governance judgement in the expert kit: written with a drop-down, read back on return, old kits still in. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ExpertKitGovernanceTest {

    private static final String A = ExpertKitTest.A;
    private static final String B = ExpertKitTest.B;
    private static final String EXPERT = ExpertKitTest.EXPERT;

    @TempDir
    Path folder;

    private final Workspace workspace;

    ExpertKitGovernanceTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void sample() {
        workspace
                .importDossiers()
                .fromFile(SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder), ColumnMapping.NONE, Progress.NONE);
        workspace
                .workspaceUser()
                .set(new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne"));
        workspace.assignExperts().saveExpert("Odile Ferrand", EXPERT, "CRESS Bretagne");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private KitExportReport export(String name) throws IOException {
        return workspace
                .exportKit()
                .export(EXPERT, List.of(A, B), false, Files.createDirectories(folder.resolve(name)), Optional.empty());
    }

    private Optional<Review> expertReview(String number) {
        return workspace.readReviews().of(number).others().stream()
                .filter(r -> r.reviewer().email().equals(EXPERT))
                .findFirst();
    }

    @Test
    void theKitHasAGovernanceColumnWithTheThreeAnswersAsADropDown() throws Exception {
        KitExportReport kit = export("kit");
        List<String> headers = KitWorkbookWriter.scoringHeaders(fr.ptce.workbench.domain.grid.Grids.amiPtce2021());
        int column = headers.indexOf(KitFormat.GOVERNANCE_HEADER);
        assertEquals(headers.indexOf(KitFormat.CONFLICT_HEADER) - 1, column, "just before the conflict column");
        try (XSSFWorkbook workbook = new XSSFWorkbook(kit.file().toFile())) {
            XSSFSheet notation = workbook.getSheet("Notation");
            DataValidation answers = notation.getDataValidations().stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == column)
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    List.of("oui", "en perspective", "non"),
                    List.of(answers.getValidationConstraint().getExplicitListValues()));
            assertEquals(2, answers.getRegions().getCellRangeAddress(0).getLastRow());
            Row first = notation.getRow(1);
            assertTrue(!first.getCell(column).getCellStyle().getLocked(), "an input cell");
            assertEquals(KitFormat.VERSION, "2");
        }
    }

    @Test
    void theGovernanceAnsweredInTheKitComesBackAsTheExpertsJudgementAndGoesOutAgain() throws Exception {
        KitExportReport kit = export("kit");
        Path returned = KitCells.fill(
                kit.file(),
                folder.resolve("rempli.xlsx"),
                Map.of(
                        A, Map.of("V1", 3, KitFormat.GOVERNANCE_HEADER, "en perspective"),
                        B, Map.of("V1", 2, KitFormat.GOVERNANCE_HEADER, "Oui")));

        KitImportReport report = workspace.importKit().importKit(returned, KitDecisions.NONE);

        assertEquals(List.of(A, B), report.saved());
        assertEquals(Governance.EN_PERSPECTIVE, expertReview(A).orElseThrow().governance());
        assertEquals(Governance.OUI, expertReview(B).orElseThrow().governance());
        assertTrue(workspace.readReviews().of(A).history().stream()
                .anyMatch(e -> e.field().equals("gouvernance démocratique")
                        && e.newValue().equals("en perspective")
                        && e.who().startsWith("Odile Ferrand <" + EXPERT + "> — kit expert")));

        KitExportReport again = export("encore");
        try (XSSFWorkbook workbook = new XSSFWorkbook(again.file().toFile())) {
            XSSFSheet notation = workbook.getSheet("Notation");
            int column = KitWorkbookWriter.scoringHeaders(fr.ptce.workbench.domain.grid.Grids.amiPtce2021())
                    .indexOf(KitFormat.GOVERNANCE_HEADER);
            assertEquals(
                    "en perspective",
                    notation.getRow(1).getCell(column).getStringCellValue(),
                    "a kit exported again carries the expert's judgement so far");
        }
    }

    @Test
    void anAnswerOutsideTheListIsNamedByItsCellAndASecondReturnShowsTheChange() throws Exception {
        KitExportReport kit = export("kit");
        Path wrong = KitCells.fill(
                kit.file(), folder.resolve("faux.xlsx"), Map.of(A, Map.of(KitFormat.GOVERNANCE_HEADER, "peut-être")));

        KitDecisionRequiredException refused = assertThrows(
                KitDecisionRequiredException.class, () -> workspace.importKit().importKit(wrong, KitDecisions.NONE));
        assertTrue(
                refused.getMessage().contains("colonne «\u00a0Gouvernance démocratique\u00a0»"), refused.getMessage());
        assertTrue(
                refused.getMessage().contains("«\u00A0peut-être\u00A0»\u00A0: répondez oui, en perspective ou non."),
                refused.getMessage());
        assertTrue(expertReview(A).isEmpty());

        workspace
                .importKit()
                .importKit(
                        KitCells.fill(
                                kit.file(),
                                folder.resolve("un.xlsx"),
                                Map.of(A, Map.of(KitFormat.GOVERNANCE_HEADER, "non"))),
                        KitDecisions.NONE);
        Path second = KitCells.fill(
                kit.file(), folder.resolve("deux.xlsx"), Map.of(A, Map.of(KitFormat.GOVERNANCE_HEADER, "oui")));
        KitDecisionRequiredException again = assertThrows(
                KitDecisionRequiredException.class, () -> workspace.importKit().importKit(second, KitDecisions.NONE));
        assertEquals(
                List.of("dossier n° " + A + ", gouvernance démocratique\u00a0: non → oui"),
                again.check().differences());
        workspace.importKit().importKit(second, new KitDecisions(false, false, true));
        assertEquals(Governance.OUI, expertReview(A).orElseThrow().governance());
    }

    @Test
    void aKitOfFormatVersionOneStillImportsAndLeavesTheGovernanceAsItWas() throws Exception {
        KitExportReport kit = export("kit");
        workspace
                .importKit()
                .importKit(
                        KitCells.fill(
                                kit.file(),
                                folder.resolve("un.xlsx"),
                                Map.of(A, Map.of("V1", 1, KitFormat.GOVERNANCE_HEADER, "oui"))),
                        KitDecisions.NONE);
        KitExportReport older = export("ancien");
        Path versionOne = KitCells.asVersionOne(older.file(), folder.resolve("v1.xlsx"));
        Path returned = KitCells.fill(
                versionOne,
                folder.resolve("v1-rempli.xlsx"),
                Map.of(A, Map.of("V1", 4, KitFormat.CONFLICT_HEADER, "Non")));

        workspace.importKit().importKit(returned, new KitDecisions(false, false, true));

        Review review = expertReview(A).orElseThrow();
        assertEquals(
                0, java.math.BigDecimal.valueOf(4).compareTo(review.score("V1").value()));
        assertEquals(Governance.OUI, review.governance(), "a version 1 kit never asked: the judgement stays");
        assertNull(expertReview(B).orElseThrow().governance());
    }
}
