package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.KitFiller;
import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.exporting.ExportReport;
import fr.ptce.workbench.application.kit.ExpertProgress;
import fr.ptce.workbench.application.kit.KitDecisionRequiredException;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitExportReport;
import fr.ptce.workbench.application.kit.KitImportReport;
import fr.ptce.workbench.application.review.ReviewSheet;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.ReviewComparison;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * The expert kit round trip: export, filled with POI (no external program), import, and each refusal's documented
 * outcome; one kit is filled by openpyxl, as a Python-scripting expert would (interop).
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ExpertKitTest {

    static final String A = "4847721";
    static final String B = "5074121";
    static final String EXPERT = "odile.ferrand@example.org";
    private static final Reviewer MAELLE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    @TempDir
    Path folder;

    private final Workspace workspace;

    ExpertKitTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void sample() {
        workspace
                .importDossiers()
                .fromFile(SampleFiles.copy(SampleFiles.OCTOBER_2021_XLSX, folder), ColumnMapping.NONE, Progress.NONE);
        workspace.workspaceUser().set(MAELLE);
        workspace.assignExperts().saveExpert("Odile Ferrand", EXPERT, "CRESS Bretagne");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private KitExportReport export(boolean pseudonymise, String... dossiers) {
        return workspace.exportKit().export(EXPERT, List.of(dossiers), pseudonymise, folder, Optional.empty());
    }

    private static Map<String, Object> scores(int... values) {
        Map<String, Object> cells = new LinkedHashMap<>();
        String[] codes = {"V1", "V2", "V3", "V4", "V5", "O1", "O2", "O3", "E1", "E2"};
        for (int i = 0; i < values.length; i++) {
            cells.put(codes[i], values[i]);
        }
        return cells;
    }

    private Path filled(KitExportReport kit, Map<String, Map<String, Object>> edits) {
        return KitFiller.poi(kit.file(), folder.resolve("rempli-" + edits.hashCode() + ".xlsx"), edits);
    }

    private Path filledByOpenpyxl(KitExportReport kit, Map<String, Map<String, Object>> edits) {
        return KitFiller.openpyxl(kit.file(), folder.resolve("openpyxl-" + edits.hashCode() + ".xlsx"), edits);
    }

    private Optional<Review> expertReview(String number) {
        ReviewSheet sheet = workspace.readReviews().of(number);
        return sheet.others().stream()
                .filter(r -> r.reviewer().email().equals(EXPERT))
                .findFirst();
    }

    @Test
    void aFilledKitLandsAsTheExpertsReviewAndShowsSideBySideAndInTheAvisExport() throws IOException {
        workspace.scoreDossier().setScores(A, Map.of("V1", BigDecimal.ONE, "V2", BigDecimal.valueOf(4)), Map.of());
        KitExportReport kit = export(false, A, B);
        assertEquals(
                "kit-expert-odile-ferrand-2021-12-01.xlsx",
                kit.file().getFileName().toString());
        Map<String, Object> a = scores(4, 2, 3, 3, 5, 4, 3, 2, 3, 4);
        a.put("Commentaire V", "Vision claire, partenaires nommés.");
        a.put("Commentaire général", "Projet solide ; =à suivre");
        Map<String, Object> b = scores(1, 1);
        Path returned = filled(kit, Map.of(A, a, B, b));

        KitImportReport report = workspace.importKit().importKit(returned, KitDecisions.NONE);

        assertEquals(List.of(A, B), report.saved());
        Review review = expertReview(A).orElseThrow();
        assertEquals(ReviewerRole.EXPERT, review.reviewer().role());
        assertEquals("Odile Ferrand", review.reviewer().name());
        assertEquals(0, new BigDecimal("5").compareTo(review.score("V5").value()));
        assertEquals(10, review.values().size());
        assertEquals(2, expertReview(B).orElseThrow().values().size());
        Map<String, String> comments = workspace.expertReviews().comments(A, EXPERT);
        assertEquals("Vision claire, partenaires nommés.", comments.get("V"));
        assertEquals("Projet solide ; =à suivre", comments.get("GENERAL"));
        assertTrue(workspace.readReviews().of(A).history().stream()
                .anyMatch(e -> e.who().startsWith("Odile Ferrand <" + EXPERT + "> — kit expert")
                        && e.field().equals("note V5")));

        ReviewComparison side = workspace.expertReviews().compare(A, ReviewComparison.Thresholds.DEFAULT);
        assertEquals(2, side.reviews().size());
        assertEquals(new BigDecimal("2.50"), side.row("V1").mean().orElseThrow());
        assertEquals(List.of("V1", "V2"), side.disputed());
        assertEquals(
                Map.of(A, List.of("V1", "V2")),
                workspace.expertReviews().toDiscuss(ReviewComparison.Thresholds.DEFAULT));

        ExportReport avis = workspace
                .exportAvis()
                .toWorkbook(folder.resolve("avis.xlsx"), ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
        try (XSSFWorkbook workbook = new XSSFWorkbook(avis.file().toFile())) {
            XSSFSheet reviews = workbook.getSheet("Évaluations");
            DataFormatter text = new DataFormatter();
            boolean found = false;
            for (Row row : reviews) {
                StringBuilder line = new StringBuilder();
                row.forEach(c -> line.append(text.formatCellValue(c)).append('|'));
                found |= line.toString().contains(EXPERT) && line.toString().contains(A);
            }
            assertTrue(found, "the expert's review is in the avis workbook");
        } catch (org.apache.poi.openxml4j.exceptions.InvalidFormatException e) {
            throw new IOException(e);
        }
        ExpertProgress progress = workspace.expertReviews().progress().get(0);
        assertEquals(1, progress.kitsSent());
        assertEquals(1, progress.kitsReturned());
        assertEquals(1, progress.scored());
        assertEquals(2, progress.assigned());
        assertFalse(progress.late());
    }

    @Test
    void aKitFilledByOpenpyxlImportsAsWellInterop() {
        KitExportReport kit = export(false, A);
        Map<String, Object> a = scores(4, 2, 3, 3, 5, 4, 3, 2, 3, 4);
        a.put("Commentaire O", "Plan d'action daté");
        KitImportReport report =
                workspace.importKit().importKit(filledByOpenpyxl(kit, Map.of(A, a)), KitDecisions.NONE);
        assertEquals(List.of(A), report.saved());
        Review review = expertReview(A).orElseThrow();
        assertEquals(10, review.values().size());
        assertEquals(0, new BigDecimal("5").compareTo(review.score("V5").value()));
        assertEquals(
                "Plan d'action daté",
                workspace.expertReviews().comments(A, EXPERT).get("O"));
    }

    @Test
    void outOfScaleAndTextScoresAreNamedByCellAndNothingIsSavedUntilTheValidRowsAreAccepted() {
        KitExportReport kit = export(false, A, B);
        Map<String, Object> a = scores(4, 7);
        Map<String, Object> b = scores(3, 3);
        b.put("V3", "bien");
        Map<String, Object> ok = scores(2, 2, 2);
        Path returned = filled(kit, Map.of(A, a, B, b));

        KitDecisionRequiredException refused = assertThrows(
                KitDecisionRequiredException.class, () -> workspace.importKit().importKit(returned, KitDecisions.NONE));
        assertEquals(2, refused.check().problems().size(), refused.getMessage());
        assertTrue(
                refused.getMessage()
                        .contains("feuille «\u00a0Notation\u00a0», ligne 2, colonne «\u00a0V2\u00a0», cellule D2"
                                + " (dossier n° " + A + ")\u00a0: la note 7 n'est pas sur l'échelle"),
                refused.getMessage());
        assertTrue(
                refused.getMessage()
                        .contains("cellule E3 (dossier n° " + B + ")\u00a0: «\u00a0bien\u00a0» n'est pas une note"),
                refused.getMessage());
        assertTrue(expertReview(A).isEmpty());
        assertTrue(expertReview(B).isEmpty());
        assertEquals(0, workspace.expertReviews().progress().get(0).kitsReturned());

        Path oneValid = filled(kit, Map.of(A, a, B, ok));
        KitImportReport report = workspace.importKit().importKit(oneValid, new KitDecisions(true, false, false));
        assertEquals(List.of(B), report.saved());
        assertEquals(1, report.skipped().size());
        assertTrue(expertReview(A).isEmpty(), "the row with an invalid cell is not saved at all");
        assertEquals(3, expertReview(B).orElseThrow().values().size());
    }

    @Test
    void anEditedLockedCellRefusesTheKit() {
        KitExportReport kit = export(false, A, B);
        Map<String, Object> a = scores(4, 4);
        a.put("Projet", "Un autre projet");
        Path returned = filled(kit, Map.of(A, a));
        InputRefusedException refused = assertThrows(
                InputRefusedException.class,
                () -> workspace.importKit().importKit(returned, new KitDecisions(true, true, true)));
        assertTrue(refused.getMessage().contains("feuille «\u00a0Notation\u00a0»"), refused.getMessage());
        assertTrue(refused.getMessage().contains("cellules verrouillées ont été modifiées"), refused.getMessage());
        assertTrue(expertReview(A).isEmpty());
    }

    @Test
    void aSecondReturnShowsTheDifferenceAndReplacesOnlyWhenAsked() {
        KitExportReport kit = export(false, A);
        workspace.importKit().importKit(filled(kit, Map.of(A, scores(3, 3))), KitDecisions.NONE);
        Path again = filled(kit, Map.of(A, scores(3, 5)));

        KitDecisionRequiredException refused = assertThrows(
                KitDecisionRequiredException.class, () -> workspace.importKit().importKit(again, KitDecisions.NONE));
        assertTrue(refused.check().secondReturn());
        assertEquals(
                List.of("dossier n° " + A + ", V2\u00a0: 3 → 5"),
                refused.check().differences());
        assertEquals(
                0,
                new BigDecimal(3)
                        .compareTo(expertReview(A).orElseThrow().score("V2").value()));

        workspace.importKit().importKit(again, new KitDecisions(false, false, true));
        assertEquals(
                0,
                new BigDecimal(5)
                        .compareTo(expertReview(A).orElseThrow().score("V2").value()));
    }

    @Test
    void aConflictDeclaredInTheKitSavesNoScoreAndKeepsTheDossierOutOfTheNextKit() {
        KitExportReport kit = export(false, A, B);
        Map<String, Object> a = scores(4, 4);
        a.put("Conflit d'intérêts", "Oui");
        KitImportReport report =
                workspace.importKit().importKit(filled(kit, Map.of(A, a, B, scores(2))), KitDecisions.NONE);
        assertEquals(List.of(A), report.conflicts());
        assertTrue(expertReview(A).isEmpty());
        assertEquals(List.of(B), export(false).dossiers());
        assertThrows(
                InvalidInputException.class, () -> workspace.assignExperts().assign(A, EXPERT, false, null));
    }

    @Test
    void aPseudonymisedKitHoldsNoReferentNameEmailOrPhone() {
        List<String> numbers =
                workspace.listDossiers().all().stream().map(s -> s.number()).toList();
        KitExportReport plain = export(false, numbers.toArray(String[]::new));
        String plainText = KitFiller.unzipped(plain.file());
        KitExportReport masked =
                workspace.exportKit().export(EXPERT, List.of(), true, folder.resolve("p.xlsx"), Optional.empty());
        String maskedText = KitFiller.unzipped(masked.file());
        int checked = 0;
        for (String number : numbers) {
            var referent = workspace
                    .readDossiers()
                    .byNumber(number)
                    .orElseThrow()
                    .dossier()
                    .referent();
            for (String value : new String[] {referent.name(), referent.email(), referent.phone()}) {
                if (value != null && !value.isBlank()) {
                    assertTrue(plainText.contains(xml(value)), "the plain kit has " + value);
                    assertFalse(maskedText.contains(xml(value)), "the pseudonymised kit has " + value);
                    checked++;
                }
            }
        }
        assertTrue(checked >= 20, "checked " + checked);
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("'", "&apos;");
    }
}
