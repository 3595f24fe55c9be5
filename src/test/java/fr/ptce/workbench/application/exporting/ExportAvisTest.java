package fr.ptce.workbench.application.exporting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.SampleFiles;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.IdentityRequiredException;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.CancelledException;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookVerifier;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookWriter;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ExportAvisTest {

    private static final String OCTOBER = "dossiers_ami-ptce-emergents_2021-10-15_09-12.xlsx";
    /** ZRR and QPV detected: target (c) pre-filled, so it may be proposed for phase 2. */
    private static final String FRAGILE = "4847721";

    private static final String NOT_FRAGILE = "5074121";
    private static final Reviewer MARIE =
            new Reviewer("Maëlle Kerjean", "maelle@example.fr", ReviewerRole.CORRESPONDENT, "Auvergne-Rhône-Alpes");
    private static final Reviewer PAUL = new Reviewer("Paul Expert", "paul@example.fr", ReviewerRole.EXPERT, null);

    @TempDir
    Path folder;

    private final Workspace workspace;

    ExportAvisTest(StoreEngine engine) {
        workspace = TestWorkspaces.open(
                engine, Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris")));
    }

    @AfterEach
    void close() {
        workspace.close();
    }

    private void importSample() throws IOException {
        Path target = SampleFiles.copy(OCTOBER, folder);
        workspace.importDossiers().fromFile(target, ColumnMapping.NONE, Progress.NONE);
    }

    private void score(String number, int... values) {
        List<String> codes = Grids.amiPtce2021().codes();
        for (int i = 0; i < values.length; i++) {
            workspace.scoreDossier().setScore(number, codes.get(i), BigDecimal.valueOf(values[i]));
        }
    }

    /** Two reviewers on FRAGILE, one on NOT_FRAGILE, an avis with a formula-looking motivation on FRAGILE. */
    private ExportReport scoredAndExported() throws IOException {
        importSample();
        workspace.workspaceUser().set(PAUL);
        score(FRAGILE, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3);
        workspace.workspaceUser().set(MARIE);
        score(FRAGILE, 4, 3, 5, 4, 2, 4, 3, 3, 2, 4);
        workspace.scoreDossier().setComment(FRAGILE, "V1", "Équipe expérimentée");
        score(NOT_FRAGILE, 1, 1);
        workspace
                .saveAvis()
                .save(new AvisDraft(
                        FRAGILE,
                        Recommendation.FAVORABLE_WITH_RESERVATIONS,
                        true,
                        "=HYPERLINK(\"x\")",
                        "Ancrage local",
                        "Budget fragile",
                        null,
                        null));
        return workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
    }

    @Test
    void exportsOneTypedRowPerDossierUnderTheRegionsDefaultName() throws IOException {
        ExportReport report = scoredAndExported();

        assertEquals(folder.resolve("avis-auvergne-rhone-alpes-2021-12-01.xlsx"), report.file());
        assertEquals(workspace.listDossiers().all().size(), report.rows());
        assertTrue(report.sha256().matches("[0-9a-f]{64}"), report.sha256());
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report.file()))) {
            assertEquals(
                    List.of("Avis", "Évaluations", "Grille", "Métadonnées"),
                    List.of(0, 1, 2, 3).stream().map(workbook::getSheetName).toList());
            XSSFSheet avis = workbook.getSheet("Avis");
            List<String> header = texts(avis.getRow(0));
            assertEquals(AvisWorkbookWriter.avisHeaders(Grids.amiPtce2021()), header);
            assertEquals(report.rows(), avis.getLastRowNum());
            assertTrue(avis.getPaneInformation().isFreezePane());
            assertTrue(avis.getCTWorksheet().isSetAutoFilter());
            assertEquals(0, avis.getNumMergedRegions());
            assertTrue(avis.getCellComment(new CellAddress(0, header.indexOf("V1")))
                    .getString()
                    .getString()
                    .contains("Crédibilité de la proposition, expériences, compétences et professionnalisme"));
            assertTrue(avis.getCellComment(new CellAddress(0, header.indexOf("V2")))
                    .getString()
                    .getString()
                    .contains("(en fonction du territoire, du secteur, des acteurs, du contexte social et économique"
                            + " local)"));
            String targetC = avis.getCellComment(new CellAddress(0, header.indexOf("Cible c")))
                    .getString()
                    .getString();
            assertTrue(targetC.startsWith(fr.ptce.workbench.domain.review.Targets.Target.C.label() + "\n«"), targetC);
            assertTrue(targetC.contains("les bienfaits d'une coopération économique territoriale"), targetC);

            Row fragile = rowOf(avis, FRAGILE);
            Cell v1 = fragile.getCell(header.indexOf("V1"));
            assertEquals(CellType.NUMERIC, v1.getCellType());
            assertEquals(3.0, v1.getNumericCellValue(), "mean of 2 and 4");
            assertEquals(2.0, fragile.getCell(header.indexOf("Nb évaluations")).getNumericCellValue());
            assertEquals(2.0, fragile.getCell(header.indexOf("Écart max")).getNumericCellValue());
            Cell date = fragile.getCell(header.indexOf("Date de l'avis"));
            assertEquals(CellType.NUMERIC, date.getCellType());
            assertTrue(DateUtil.isCellDateFormatted(date));
            assertEquals(
                    "2021-12-01", date.getLocalDateTimeCellValue().toLocalDate().toString());
            Cell motivation = fragile.getCell(header.indexOf("Motivation"));
            assertEquals(CellType.STRING, motivation.getCellType());
            assertEquals("=HYPERLINK(\"x\")", motivation.getStringCellValue());
            assertTrue(motivation.getCellStyle().getQuotePrefixed());
            assertEquals(
                    "Oui", fragile.getCell(header.indexOf("Proposé phase 2")).getStringCellValue());
            assertEquals(
                    "favorable avec réserves",
                    fragile.getCell(header.indexOf("Avis")).getStringCellValue());
            assertEquals(
                    "Maëlle Kerjean",
                    fragile.getCell(header.indexOf("Correspondant")).getStringCellValue());

            Row notFragile = rowOf(avis, NOT_FRAGILE);
            assertEquals(1.0, notFragile.getCell(header.indexOf("V2")).getNumericCellValue());
            assertEquals(
                    4.0,
                    notFragile.getCell(header.indexOf("Note globale")).getNumericCellValue(),
                    "2 points of 50 on a 0-5 grid of ten equal criteria");
            assertEquals("Non", text(notFragile, header.indexOf("Note complète")), "2 criteria of 10: partial");
            assertEquals("Oui", text(fragile, header.indexOf("Note complète")));
            assertEquals(header.indexOf("Note globale") + 1, header.indexOf("Note complète"));
            assertEquals(null, notFragile.getCell(header.indexOf("Avis")));

            XSSFSheet reviews = workbook.getSheet("Évaluations");
            assertEquals(3, reviews.getLastRowNum());
            List<String> reviewHeader = texts(reviews.getRow(0));
            assertTrue(Stream.of(1, 2, 3)
                    .map(reviews::getRow)
                    .anyMatch(r -> "Équipe expérimentée".equals(text(r, reviewHeader.indexOf("Commentaire V1")))));
            assertEquals(10, workbook.getSheet("Grille").getLastRowNum());
        }
        assertTrue(AvisWorkbookVerifier.verify(report.file()).intact());
        assertEquals(
                report.sha256(),
                AvisWorkbookVerifier.verify(report.file()).metadata().get("sha256"));
        Map<String, String> metadata =
                AvisWorkbookVerifier.verify(report.file()).metadata();
        assertEquals("Auvergne-Rhône-Alpes", metadata.get("region"));
        assertEquals("2021-12-01T10:00:00+01:00", metadata.get("exported_at"));
        assertEquals(workspace.id(), metadata.get("workspace_id"));
        assertEquals("ami-ptce-emergents-2021", metadata.get("grid_id"));
    }

    @Test
    void theAvisSheetShowsTheLegalFormVerdictAndBothSheetsTheGovernanceJudgement() throws IOException {
        importSample();
        workspace.workspaceUser().set(PAUL);
        workspace.scoreDossier().setGovernance(FRAGILE, Governance.NON);
        workspace.workspaceUser().set(MARIE);
        workspace.scoreDossier().setGovernance(FRAGILE, Governance.EN_PERSPECTIVE);

        ExportReport report = workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);

        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report.file()))) {
            XSSFSheet avis = workbook.getSheet("Avis");
            List<String> header = texts(avis.getRow(0));
            assertEquals(
                    List.of(
                            "Forme juridique",
                            "Catégorie juridique INSEE",
                            "Vérification forme juridique",
                            "Désaccord forme juridique",
                            "Région"),
                    header.subList(3, 8));
            assertEquals("Gouvernance démocratique", header.get(header.indexOf("Éligibilité (n/7)") + 1));
            Row fragile = rowOf(avis, FRAGILE);
            assertEquals(
                    "5458 — SARL coopérative ouvrière de production (SCOP)",
                    text(fragile, header.indexOf("Catégorie juridique INSEE")));
            assertEquals("éligible", text(fragile, header.indexOf("Vérification forme juridique")));
            assertEquals(null, fragile.getCell(header.indexOf("Désaccord forme juridique")));
            assertEquals(
                    "en perspective",
                    text(fragile, header.indexOf("Gouvernance démocratique")),
                    "the correspondent's own judgement");
            Row commune = rowOf(avis, "5127651");
            assertEquals("non éligible", text(commune, header.indexOf("Vérification forme juridique")));
            assertEquals(null, commune.getCell(header.indexOf("Gouvernance démocratique")), "nobody judged it");

            XSSFSheet reviews = workbook.getSheet("Évaluations");
            List<String> reviewHeader = texts(reviews.getRow(0));
            int governance = reviewHeader.indexOf("Gouvernance démocratique");
            assertEquals(reviewHeader.indexOf("Éligibilité (n/7)") + 1, governance);
            assertEquals(
                    List.of("en perspective", "non"),
                    Stream.of(1, 2)
                            .map(reviews::getRow)
                            .map(r -> text(r, governance))
                            .sorted()
                            .toList());
        }
        assertEquals("3", AvisWorkbookVerifier.verify(report.file()).metadata().get("format_version"));
        assertTrue(AvisWorkbookVerifier.verify(report.file()).intact());
    }

    @Test
    void aTargetThatIsNotAnXlsxNameIsAFolderCreatedForTheWorkbook() throws IOException {
        scoredAndExported();
        Path newFolder = folder.resolve("envois").resolve("pessii");
        ExportReport report = workspace.exportAvis().toWorkbook(newFolder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
        assertEquals(newFolder, report.file().getParent());
        assertTrue(
                report.file().getFileName().toString().startsWith("avis-auvergne-rhone-alpes-"),
                report.file().toString());
        assertTrue(AvisWorkbookVerifier.verify(report.file()).intact());
    }

    @Test
    void anExplicitTargetIsWrittenAtomicallyAndReplaced() throws IOException {
        scoredAndExported();
        Path target = folder.resolve("envoi.xlsx");
        Files.writeString(target, "ancien");
        ExportReport report = workspace.exportAvis().toWorkbook(target, ExportAvis.Scope.ALL_REGIONS, Progress.NONE);
        assertEquals(target, report.file());
        assertTrue(AvisWorkbookVerifier.verify(target).intact());
        try (Stream<Path> files = Files.list(folder)) {
            assertFalse(files.anyMatch(f -> f.getFileName().toString().endsWith(".part")), "no temporary file left");
        }
    }

    @Test
    void aCancelledExportLeavesNoFile() throws IOException {
        scoredAndExported();
        Path target = folder.resolve("annule.xlsx");
        Progress cancelled = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                // nobody listens
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThrows(
                CancelledException.class,
                () -> workspace.exportAvis().toWorkbook(target, ExportAvis.Scope.ALL_REGIONS, cancelled));
        assertFalse(Files.exists(target));
    }

    @Test
    void exportIsRefusedInFrenchWithoutIdentityRegionOrDossiers() throws IOException {
        assertThrows(
                IdentityRequiredException.class,
                () -> workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE));
        workspace.workspaceUser().set(MARIE);
        InvalidInputException empty = assertThrows(
                InvalidInputException.class,
                () -> workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE));
        assertTrue(empty.getMessage().contains("aucun dossier"), empty.getMessage());
        importSample();
        workspace.workspaceUser().set(PAUL);
        InvalidInputException noRegion = assertThrows(
                InvalidInputException.class,
                () -> workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.ALL_REGIONS, Progress.NONE));
        assertTrue(noRegion.getMessage().contains("région"), noRegion.getMessage());
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(
                    List.of(OCTOBER), files.map(f -> f.getFileName().toString()).toList(), "nothing written");
        }
    }

    @Test
    void theRegionsWorkbookHoldsItsOwnDossiersAndThoseWithoutRegion() throws IOException {
        importSample();
        workspace.workspaceUser().set(MARIE);
        List<String> expected = workspace.listDossiers().all().stream()
                .filter(d ->
                        d.region() == null || d.region().isBlank() || d.region().equals(MARIE.region()))
                .map(DossierSummary::number)
                .sorted()
                .toList();

        ExportReport report = workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.OWN_REGION, Progress.NONE);

        assertTrue(expected.size() < workspace.listDossiers().all().size(), "the sample has other regions");
        assertEquals(expected.size(), report.rows());
        List<String> numbers = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(report.file()))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int i = 1; i <= sheet.getLastRowNum(); i++) {
                Cell cell = sheet.getRow(i).getCell(0);
                numbers.add(
                        cell.getCellType() == CellType.NUMERIC
                                ? String.valueOf((long) cell.getNumericCellValue())
                                : cell.getStringCellValue());
            }
        }
        assertEquals(expected, numbers.stream().sorted().toList());
    }

    @Test
    void theRegionsWorkbookIsRefusedWhenNoDossierIsOfTheRegion() throws IOException {
        importSample();
        workspace
                .workspaceUser()
                .set(new Reviewer("Inès Hoarau", "ines@example.fr", ReviewerRole.CORRESPONDENT, "Mayotte"));
        assertFalse(
                workspace.listDossiers().all().stream()
                        .anyMatch(d -> "Mayotte".equals(d.region())
                                || d.region() == null
                                || d.region().isBlank()),
                "no dossier of Mayotte nor without region");

        InvalidInputException refused = assertThrows(
                InvalidInputException.class,
                () -> workspace.exportAvis().toWorkbook(folder, ExportAvis.Scope.OWN_REGION, Progress.NONE));

        assertTrue(refused.getMessage().contains("«\u00a0Mayotte\u00a0»"), refused.getMessage());
        assertTrue(refused.getMessage().contains("toutes les régions"), refused.getMessage());
    }

    private static List<String> texts(Row row) {
        List<String> texts = new ArrayList<>();
        row.forEach(cell -> texts.add(cell.getStringCellValue()));
        return texts;
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }

    private static Row rowOf(XSSFSheet sheet, String number) {
        for (Row row : sheet) {
            if (number.equals(row.getCell(0).getStringCellValue())) {
                return row;
            }
        }
        throw new AssertionError("no row for dossier " + number);
    }
}
