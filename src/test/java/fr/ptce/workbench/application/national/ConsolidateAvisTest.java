package fr.ptce.workbench.application.national;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.ScoredRegion;
import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.exporting.ExportAvis;
import fr.ptce.workbench.application.review.AvisDraft;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.grid.Grids;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ConsolidateAvisTest {

    private final StoreEngine engine;

    ConsolidateAvisTest(StoreEngine engine) {
        this.engine = engine;
        this.pessii = opened();
    }

    private static final String FRAGILE = ScoredRegion.FRAGILE;
    private static final String NOT_FRAGILE = ScoredRegion.NOT_FRAGILE;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private final List<Workspace> open = new ArrayList<>();
    private final Workspace pessii;

    @AfterEach
    void close() {
        open.forEach(Workspace::close);
    }

    private Workspace opened() {
        Workspace workspace = TestWorkspaces.open(engine, CLOCK);
        open.add(workspace);
        return workspace;
    }

    /** A region's workspace scored on the samples, exported to a workbook of its own folder. */
    private Path exported(String region) throws IOException {
        return ScoredRegion.export(opened(), folder, region);
    }

    @Test
    void storesEveryScoreAndTheAvisExactlyAsExported() throws IOException {
        Path file = exported("Bretagne");

        ConsolidationReport report = pessii.consolidateAvis().importFiles(List.of(file), Progress.NONE);

        FileOutcome outcome = report.files().get(0);
        assertEquals(FileOutcome.Status.ACCEPTED, outcome.status(), outcome.message());
        assertFalse(report.anyRefused());
        List<RegionalAvisRow> stored = pessii.consolidateAvis().rows();
        assertEquals(outcome.rows(), stored.size());
        Map<String, RegionalAvisRow> byNumber =
                stored.stream().collect(Collectors.toMap(RegionalAvisRow::dossierNumber, Function.identity()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(file))) {
            XSSFSheet avis = workbook.getSheet("Avis");
            assertEquals(avis.getLastRowNum(), stored.size());
            Map<String, Integer> header = new HashMap<>();
            avis.getRow(0).forEach(c -> header.put(c.getStringCellValue(), c.getColumnIndex()));
            for (int r = 1; r <= avis.getLastRowNum(); r++) {
                Row row = avis.getRow(r);
                RegionalAvisRow read =
                        byNumber.get(row.getCell(header.get("N° dossier")).getStringCellValue());
                for (String code : Grids.amiPtce2021().codes()) {
                    assertEquals(number(row, header.get(code)), read.scores().get(code), code);
                }
                for (String block : List.of("V", "O", "E")) {
                    assertEquals(
                            number(row, header.get("Sous-total " + block)),
                            read.subtotals().get(block));
                }
                assertEquals(number(row, header.get("Note globale")), read.total());
                assertEquals(number(row, header.get("Écart max")), read.spread());
                assertEquals(text(row, header.get("Projet")), read.project());
                assertEquals(text(row, header.get("Structure")), read.structure());
                assertEquals(text(row, header.get("Région")), read.region());
                assertEquals(text(row, header.get("Recevabilité")), read.admissibility());
                assertEquals(text(row, header.get("Maturité")), read.maturity());
                assertEquals(text(row, header.get("Avis")), read.recommendation());
                assertEquals(text(row, header.get("Motivation")), read.motivation());
                assertEquals(text(row, header.get("Points forts")), read.strengths());
                assertEquals(text(row, header.get("Points d'attention")), read.attentionPoints());
                assertEquals(text(row, header.get("Correspondant")), read.correspondent());
                Cell date = row.getCell(header.get("Date de l'avis"));
                assertEquals(
                        date == null
                                ? null
                                : DateUtil.getLocalDateTime(date.getNumericCellValue())
                                        .toLocalDate(),
                        read.avisDate());
            }
        }
        RegionalAvisRow fragile = byNumber.get(FRAGILE);
        assertEquals(new BigDecimal("3"), fragile.scores().get("V1"), "mean of 2 and 4");
        assertEquals("favorable avec réserves", fragile.recommendation());
        assertEquals(Boolean.TRUE, fragile.proposedForPhase2());
        assertEquals("=HYPERLINK(\"x\")\nSur deux lignes", fragile.motivation());
        assertEquals("Ancrage local", fragile.strengths());
        assertEquals("Budget fragile", fragile.attentionPoints());
        assertEquals("Maëlle Kerjean", fragile.correspondent());
        assertEquals(LocalDate.of(2021, 12, 1), fragile.avisDate());
        assertEquals(2, fragile.reviewCount());
        assertNull(byNumber.get(NOT_FRAGILE).recommendation());
        assertEquals(new BigDecimal("4"), byNumber.get(NOT_FRAGILE).total());
    }

    @Test
    void refusesATamperedCopyNamingTheFileAndStoresNothing() throws IOException {
        Path tampered = folder.resolve("avis-bretagne-modifie.xlsx");
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(exported("Bretagne")))) {
            XSSFSheet avis = workbook.getSheet("Avis");
            int v1 = 0;
            while (!"V1".equals(avis.getRow(0).getCell(v1).getStringCellValue())) {
                v1++;
            }
            for (Row row : avis) {
                Cell cell = row.getCell(v1);
                if (row.getRowNum() > 0 && cell != null && cell.getCellType() == CellType.NUMERIC) {
                    cell.setCellValue(cell.getNumericCellValue() + 1);
                    break;
                }
            }
            try (OutputStream out = Files.newOutputStream(tampered)) {
                workbook.write(out);
            }
        }

        ConsolidationReport report = pessii.consolidateAvis().importFiles(List.of(tampered), Progress.NONE);

        FileOutcome outcome = report.files().get(0);
        assertEquals(FileOutcome.Status.REFUSED, outcome.status());
        assertTrue(report.anyRefused());
        assertTrue(outcome.message().contains("«\u00a0avis-bretagne-modifie.xlsx\u00a0»"), outcome.message());
        assertTrue(outcome.message().contains("modifié"), outcome.message());
        assertEquals(List.of(), pessii.consolidateAvis().rows());
    }

    @Test
    void importingTheSameFileTwiceChangesNothing() throws IOException {
        Path file = exported("Bretagne");
        pessii.consolidateAvis().importFiles(List.of(file), Progress.NONE);
        int rows = pessii.consolidateAvis().rows().size();

        FileOutcome again = pessii.consolidateAvis()
                .importFiles(List.of(file), Progress.NONE)
                .files()
                .get(0);

        assertEquals(FileOutcome.Status.ALREADY_IMPORTED, again.status());
        assertEquals(0, again.rows());
        assertEquals(rows, pessii.consolidateAvis().rows().size());
        assertEquals(List.of(), pessii.consolidateAvis().conflicts());
    }

    @Test
    void reportsTheSameDossierFromTwoRegionsAsConflictsWithoutOverwriting() throws IOException {
        Path bretagne = exported("Bretagne");
        Path normandie = exported("Normandie");

        ConsolidationReport report = pessii.consolidateAvis().importFiles(List.of(bretagne, normandie), Progress.NONE);

        assertEquals(List.of(), report.files().get(0).conflicts());
        FileOutcome second = report.files().get(1);
        assertEquals(FileOutcome.Status.ACCEPTED, second.status());
        assertEquals(second.rows(), second.conflicts().size(), "every dossier number is in both");
        assertTrue(
                second.conflicts()
                        .contains("conflit\u00a0: dossier " + FRAGILE
                                + " aussi présent dans l'avis de la région Bretagne"),
                second.conflicts().toString());
        assertEquals(second.rows(), pessii.consolidateAvis().conflicts().size());
        assertEquals(2 * second.rows(), pessii.consolidateAvis().rows().size(), "both kept, one per region");
    }

    @Test
    void namesTheRegionsAlreadyGivenInTheStoresOrderWithinOneConsolidationAsAcrossSeveral() throws IOException {
        Path occitanie = exported("Occitanie");
        Path bretagne = exported("Bretagne");
        Path auvergne = exported("Auvergne");
        Workspace apart = opened();
        List<String> expected = new ArrayList<>();
        for (Path file : List.of(occitanie, bretagne, auvergne)) {
            expected = apart.consolidateAvis()
                    .importFiles(List.of(file), Progress.NONE)
                    .files()
                    .get(0)
                    .conflicts();
        }

        ConsolidationReport report =
                pessii.consolidateAvis().importFiles(List.of(occitanie, bretagne, auvergne), Progress.NONE);

        List<String> third = report.files().get(2).conflicts();
        // the regions read again from the store come in its order (Bretagne, Occitanie), not the files' order
        String bretagneFirst = "conflit\u00a0: dossier " + FRAGILE + " aussi présent dans l'avis de la région Bretagne";
        String occitanieNext =
                "conflit\u00a0: dossier " + FRAGILE + " aussi présent dans l'avis de la région Occitanie";
        assertTrue(third.indexOf(bretagneFirst) >= 0, third.toString());
        assertEquals(third.indexOf(bretagneFirst) + 1, third.indexOf(occitanieNext), third.toString());
        assertEquals(expected, third, "one consolidation of three files reports what three consolidations report");
        assertEquals(
                apart.consolidateAvis().conflicts().size(),
                pessii.consolidateAvis().conflicts().size());
    }

    @Test
    void reportsADossierTheSameRegionSendsAgainWithOtherContentWithoutOverwriting() throws IOException {
        Path first = exported("Bretagne");
        Workspace region = open.get(open.size() - 1);
        region.saveAvis()
                .save(new AvisDraft(FRAGILE, Recommendation.UNFAVORABLE, false, "Revu", null, null, null, null));
        Path second = region.exportAvis()
                .toWorkbook(folder.resolve("avis-bretagne-bis.xlsx"), ExportAvis.Scope.ALL_REGIONS, Progress.NONE)
                .file();

        ConsolidationReport report = pessii.consolidateAvis().importFiles(List.of(first, second), Progress.NONE);

        FileOutcome again = report.files().get(1);
        assertEquals(FileOutcome.Status.ACCEPTED, again.status(), again.message());
        assertEquals(0, again.rows());
        assertEquals(
                List.of("conflit\u00a0: dossier " + FRAGILE + " déjà importé pour la région Bretagne avec un"
                        + " contenu"
                        + " différent (non remplacé)"),
                again.conflicts());
        RegionalAvisRow kept = pessii.consolidateAvis().rows().stream()
                .filter(r -> r.dossierNumber().equals(FRAGILE))
                .findFirst()
                .orElseThrow();
        assertEquals("favorable avec réserves", kept.recommendation());
    }

    private static BigDecimal number(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null
                ? null
                : new BigDecimal(BigDecimal.valueOf(cell.getNumericCellValue())
                        .stripTrailingZeros()
                        .toPlainString());
    }

    private static String text(Row row, int column) {
        Cell cell = row.getCell(column);
        return cell == null ? null : cell.getStringCellValue();
    }
}
