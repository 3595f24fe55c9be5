package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.KitFiller;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitExportReport;
import fr.ptce.workbench.application.kit.KitImportReport;
import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.phase2.Phase2Champ;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
 * Phase-2 expert kits, by phase 1's mechanism: a kit of phase-2 dossiers carries their phase-2 texts, the phase-2
 * grid and {@code phase = 2}; filled with POI and imported, its scores are the expert's reviews of the phase-2
 * numbers; a kit of the other phase is refused, nothing changed.
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class Phase2ExpertKitTest {

    private static final String EXPERT = "odile.ferrand@example.org";
    private static final Reviewer MAELLE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Bretagne");

    @TempDir
    Path folder;

    private final Workspace workspace;
    private List<String> phase2;
    private String phase1;

    Phase2ExpertKitTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-10-12T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @BeforeEach
    void bothPhases() {
        phase2 = Phase2Fixture.importBothPhases(workspace, folder);
        phase1 = workspace.readDossiers().all().get(0).dossier().number();
        workspace.workspaceUser().set(MAELLE);
        workspace.assignExperts().saveExpert("Odile Ferrand", EXPERT, "CRESS Bretagne");
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private KitExportReport export(Phase phase, String... dossiers) {
        return workspace.exportKit().export(EXPERT, List.of(dossiers), false, folder, Optional.empty(), phase);
    }

    @Test
    void aPhaseTwoKitCarriesThePhaseTwoTextsGridAndPhaseAndComesBackAsReviewsOfThePhaseTwoNumbers() throws IOException {
        String a = phase2.get(0);
        String b = phase2.get(1);
        // a phase-1 dossier given to the same expert stays out of the phase-2 kit
        workspace.assignExperts().assign(phase1, EXPERT, false, null);

        KitExportReport kit = export(Phase.TWO, a, b);

        assertEquals(
                "kit-expert-phase2-odile-ferrand-2021-10-12.xlsx",
                kit.file().getFileName().toString());
        assertEquals(Set.of(a, b), Set.copyOf(kit.dossiers()));
        try (InputStream in = Files.newInputStream(kit.file());
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(
                    List.of("N° dossier", "Projet", "P1", "P2", "P3", "P4", "P5"),
                    row(workbook.getSheet("Notation"), 0).subList(0, 7));
            assertFalse(row(workbook.getSheet("Notation"), 0).contains("Gouvernance démocratique"));
            String texts = String.join("\n", column(workbook.getSheet("Dossiers"), 1));
            assertTrue(texts.contains("4. " + Phase2Champ.ANIMATION.label()), texts);
            assertTrue(texts.contains("8. Dépenses prévisionnelles"), texts);
            assertFalse(texts.contains("S1 — "), "no phase-1 section: " + texts);
            Map<String, String> meta = metadata(workbook.getSheet("Métadonnées"));
            assertEquals("2", meta.get("phase"));
            assertEquals(Grids.AMI_PTCE_2021_PHASE2, meta.get("grille"));
        }

        Path filled = KitFiller.poi(
                kit.file(),
                folder.resolve("rempli.xlsx"),
                Map.of(
                        a, Map.of("P1", 4, "P2", 5, "P3", 3, "P4", 2, "P5", 4, "Commentaire général", "Solide."),
                        b, Map.of("P1", 1)));
        KitImportReport report = workspace.importKit().importKit(filled, new KitDecisions(false, false, false));

        assertEquals(Set.of(a, b), Set.copyOf(report.saved()));
        Review review = expertReview(a).orElseThrow();
        assertEquals(Grids.AMI_PTCE_2021_PHASE2, review.gridId());
        assertEquals(0, BigDecimal.valueOf(5).compareTo(review.score("P2").value()));
        assertEquals(
                0,
                BigDecimal.ONE.compareTo(
                        expertReview(b).orElseThrow().score("P1").value()));
        assertTrue(expertReview(phase1).isEmpty(), "the phase-1 dossier was not in the kit");
        assertEquals("Solide.", workspace.expertReviews().comments(a, EXPERT).get("GENERAL"));
    }

    @Test
    void aKitOfTheOtherPhaseIsRefusedNamingTheFileAndNothingChanges() {
        String a = phase2.get(0);
        KitExportReport two = export(Phase.TWO, a);
        Path filled = KitFiller.poi(two.file(), folder.resolve("kit-phase2-rempli.xlsx"), Map.of(a, Map.of("P1", 3)));

        InputRefusedException refused = assertThrows(
                InputRefusedException.class,
                () -> workspace.importKit().importKit(filled, new KitDecisions(true, true, true), Phase.ONE));

        assertTrue(refused.getMessage().contains("kit-phase2-rempli.xlsx"), refused.getMessage());
        assertTrue(
                refused.getMessage().contains("kit expert de phase\u00a02, pas de phase\u00a01"), refused.getMessage());
        assertTrue(expertReview(a).isEmpty(), "nothing saved");
        // the phase the kit says is taken when none is asked
        KitImportReport report = workspace.importKit().importKit(filled, new KitDecisions(false, false, false), null);
        assertEquals(List.of(a), report.saved());
        assertEquals(
                0,
                BigDecimal.valueOf(3)
                        .compareTo(expertReview(a).orElseThrow().score("P1").value()));
    }

    @Test
    void aPhaseOneKitLeavesThePhaseTwoDossiersOutAndIsRefusedAsPhaseTwo() {
        String a = phase2.get(0);
        workspace.assignExperts().assign(a, EXPERT, false, null);
        InvalidInputException none = assertThrows(InvalidInputException.class, () -> export(Phase.ONE));
        assertTrue(none.getMessage().contains("Aucun dossier n'est confié"), none.getMessage());
        InvalidInputException wrong = assertThrows(InvalidInputException.class, () -> export(Phase.ONE, a));
        assertTrue(wrong.getMessage().contains("dossier de phase 2, pas de phase 1"), wrong.getMessage());

        KitExportReport one = export(Phase.ONE, phase1);
        assertEquals(List.of(phase1), one.dossiers());
        Path filled =
                KitFiller.poi(one.file(), folder.resolve("kit-phase1-rempli.xlsx"), Map.of(phase1, Map.of("V1", 3)));
        InputRefusedException refused = assertThrows(
                InputRefusedException.class,
                () -> workspace.importKit().importKit(filled, new KitDecisions(true, true, true), Phase.TWO));
        assertTrue(refused.getMessage().contains("kit-phase1-rempli.xlsx"), refused.getMessage());
        assertTrue(
                refused.getMessage().contains("kit expert de phase\u00a01, pas de phase\u00a02"), refused.getMessage());
        assertTrue(expertReview(phase1).isEmpty(), "nothing saved");
    }

    private Optional<Review> expertReview(String number) {
        return workspace.readReviews().of(number).others().stream()
                .filter(r -> r.reviewer().email().equals(EXPERT))
                .findFirst();
    }

    private static List<String> row(XSSFSheet sheet, int index) {
        DataFormatter text = new DataFormatter();
        List<String> cells = new ArrayList<>();
        sheet.getRow(index).forEach(c -> cells.add(text.formatCellValue(c)));
        return cells;
    }

    private static List<String> column(XSSFSheet sheet, int index) {
        DataFormatter text = new DataFormatter();
        List<String> cells = new ArrayList<>();
        for (Row row : sheet) {
            cells.add(text.formatCellValue(row.getCell(index)));
        }
        return cells;
    }

    private static Map<String, String> metadata(XSSFSheet sheet) {
        DataFormatter text = new DataFormatter();
        Map<String, String> meta = new java.util.LinkedHashMap<>();
        for (Row row : sheet) {
            meta.put(text.formatCellValue(row.getCell(0)), text.formatCellValue(row.getCell(1)));
        }
        return meta;
    }
}
