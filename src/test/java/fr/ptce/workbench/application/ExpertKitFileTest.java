package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.KitFiller;
import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.kit.KitDecisionRequiredException;
import fr.ptce.workbench.application.kit.KitDecisions;
import fr.ptce.workbench.application.kit.KitExportReport;
import fr.ptce.workbench.application.kit.KitImportReport;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.kit.KitWorkbookWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/** The kit file itself: read back with POI, opened by LibreOffice, and a dossier changed since the export. */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ExpertKitFileTest {

    private static final String EXPERT = ExpertKitTest.EXPERT;

    @TempDir
    Path folder;

    private final Workspace workspace;

    ExpertKitFileTest(StoreEngine engine) {
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

    private KitExportReport export(String... numbers) {
        return workspace
                .exportKit()
                .export(
                        EXPERT,
                        List.of(numbers),
                        false,
                        folder.resolve("kit.xlsx"),
                        Optional.of(LocalDate.of(2021, 12, 15)));
    }

    @Test
    void dropDownsProtectionUnlockedInputsAndHiddenMetadataReadBackWithPoi() throws Exception {
        KitExportReport kit = export(ExpertKitTest.A, ExpertKitTest.B);
        try (XSSFWorkbook workbook = new XSSFWorkbook(kit.file().toFile())) {
            assertEquals(
                    List.of("Consignes", "Notation", "Dossiers", "Métadonnées"),
                    List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3)));
            XSSFSheet notation = workbook.getSheet("Notation");
            List<String> headers = KitWorkbookWriter.scoringHeaders(fr.ptce.workbench.domain.grid.Grids.amiPtce2021());
            Row header = notation.getRow(0);
            for (int c = 0; c < headers.size(); c++) {
                assertEquals(headers.get(c), header.getCell(c).getStringCellValue());
            }
            assertEquals("V1", headers.get(2));
            // the call's words: each criterion's header comment, the maturity guidance and the criteria in Consignes
            String v2 = header.getCell(headers.indexOf("V2"))
                    .getCellComment()
                    .getString()
                    .getString();
            assertTrue(
                    v2.startsWith("V2 — Qualité de l'analyse de positionnement stratégique et des partenariats"
                            + " développés ou mis en perspective\n«"),
                    v2);
            assertTrue(
                    v2.contains("(en fonction du territoire, du secteur, des acteurs, du contexte social et"
                            + " économique local)"),
                    v2);
            StringBuilder instructions = new StringBuilder();
            workbook.getSheet("Consignes")
                    .forEach(row -> row.forEach(cell ->
                            instructions.append(cell.getStringCellValue()).append('\n')));
            assertTrue(instructions.toString().contains(fr.ptce.workbench.domain.grid.Grids.MATURITY_GUIDANCE));
            assertTrue(instructions.toString().contains("E — Évaluation des résultats et impacts"));
            assertTrue(instructions.toString().contains("évaluation du nombre d'emplois créés ou maintenus"));
            for (int s = 0; s < 4; s++) {
                assertTrue(workbook.getSheetAt(s).getProtect(), workbook.getSheetName(s) + " is protected");
                assertTrue(
                        workbook.getSheetAt(s)
                                        .getCTWorksheet()
                                        .getSheetProtection()
                                        .getPassword()
                                == null,
                        "no password");
            }
            assertTrue(workbook.isSheetHidden(3));
            List<org.apache.poi.xssf.usermodel.XSSFDataValidation> validations = notation.getDataValidations();
            DataValidation scores = validations.stream()
                    .filter(v -> v.getRegions().getCellRangeAddress(0).getFirstColumn() == 2)
                    .findFirst()
                    .orElseThrow();
            assertEquals(
                    DataValidationConstraint.ValidationType.LIST,
                    scores.getValidationConstraint().getValidationType());
            assertEquals(
                    List.of("0", "1", "2", "3", "4", "5"),
                    List.of(scores.getValidationConstraint().getExplicitListValues()));
            assertEquals(2, scores.getRegions().getCellRangeAddress(0).getLastRow());
            assertEquals(12, validations.size(), "ten criteria, the governance and the conflict column");
            assertTrue(notation.getRow(0).getCell(0).getCellStyle().getLocked());
            assertTrue(notation.getRow(1).getCell(1).getCellStyle().getLocked());
            for (int c = 2; c < headers.size(); c++) {
                assertFalse(notation.getRow(1).getCell(c).getCellStyle().getLocked(), headers.get(c));
            }
            String meta = KitFiller.unzipped(kit.file());
            assertTrue(meta.contains(kit.kitId()) && meta.contains(kit.sha256()) && meta.contains("2021-12-15"));
        }
    }

    @Test
    void libreOfficeOpensTheKitAndAKitResavedByLibreOfficeStillImports() throws IOException {
        KitExportReport kit = export(ExpertKitTest.A);
        Path converted = Files.createDirectory(folder.resolve("lo"));
        assertEquals(0, KitFiller.libreOffice(kit.file(), "pdf", converted));
        assertTrue(Files.size(converted.resolve("kit.pdf")) > 1000);
        assertEquals(0, KitFiller.libreOffice(kit.file(), "xlsx:Calc MS Excel 2007 XML", converted));
        Path resaved = converted.resolve("kit.xlsx");
        Path filled = KitFiller.openpyxl(
                resaved,
                folder.resolve("lo-rempli.xlsx"),
                Map.of(ExpertKitTest.A, Map.of("V1", 2, "Commentaire O", "Plan d'action daté")));
        KitImportReport report = workspace.importKit().importKit(filled, KitDecisions.NONE);
        assertEquals(List.of(ExpertKitTest.A), report.saved());
    }

    @Test
    void aDossierChangedSinceTheExportIsFlaggedWithTheChangedSectionsAndImportedOnlyWhenAccepted() {
        List<String> numbers =
                workspace.listDossiers().all().stream().map(s -> s.number()).toList();
        KitExportReport kit = export(numbers.toArray(String[]::new));
        Map<String, Map<String, Object>> edits = new java.util.LinkedHashMap<>();
        numbers.forEach(n -> edits.put(n, Map.of("V1", 3)));
        Path filled = KitFiller.openpyxl(kit.file(), folder.resolve("rempli.xlsx"), edits);
        workspace
                .importDossiers()
                .fromFile(SampleFiles.copy(SampleFiles.NOVEMBER_2021_XLSX, folder), ColumnMapping.NONE, Progress.NONE);

        KitDecisionRequiredException refused = assertThrows(
                KitDecisionRequiredException.class, () -> workspace.importKit().importKit(filled, KitDecisions.NONE));
        Map<String, List<String>> changed = refused.check().changedDossiers();
        assertFalse(changed.isEmpty(), "the November export changes some October dossiers");
        assertTrue(refused.getMessage().contains("a changé depuis l'export du kit expert"), refused.getMessage());
        String number = changed.keySet().iterator().next();
        assertTrue(workspace.readReviews().of(number).others().isEmpty(), "nothing saved");

        KitImportReport report = workspace.importKit().importKit(filled, new KitDecisions(false, true, false));
        assertTrue(report.saved().containsAll(changed.keySet()));
        assertEquals(
                0,
                BigDecimal.valueOf(3)
                        .compareTo(workspace
                                .readReviews()
                                .of(number)
                                .others()
                                .get(0)
                                .score("V1")
                                .value()));
    }
}
