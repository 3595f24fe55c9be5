package fr.ptce.workbench.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.TestReviewers;
import fr.ptce.workbench.application.common.FileOutcome;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.national.NationalView;
import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import fr.ptce.workbench.spreadsheet.avis.AvisWorkbookWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

/**
 * Round trip: a region's workspace scored on the samples exports its avis workbook, PESSII consolidates it, and the
 * national export carries every score, avis and comment unchanged (cell by cell, same type and value).
 */
@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class NationalRoundTripTest {

    private final StoreEngine engine;

    NationalRoundTripTest(StoreEngine engine) {
        this.engine = engine;
    }

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2021-12-01T09:00:00Z"), ZoneId.of("Europe/Paris"));

    @TempDir
    Path folder;

    private final List<Workspace> open = new ArrayList<>();

    @AfterEach
    void close() {
        open.forEach(Workspace::close);
    }

    private Workspace opened() {
        Workspace workspace = TestWorkspaces.open(engine, CLOCK);
        open.add(workspace);
        return workspace;
    }

    @Test
    void theNationalExportCarriesEveryScoreAvisAndCommentUnchanged() throws IOException {
        Path avis = ScoredRegion.export(opened(), folder, "Bretagne");
        Workspace pessii = opened();
        assertEquals(
                FileOutcome.Status.ACCEPTED,
                pessii.consolidateAvis()
                        .importFiles(List.of(avis), Progress.NONE)
                        .files()
                        .get(0)
                        .status());

        Path national = pessii.exportNational()
                .toWorkbook(folder.resolve("national"), Optional.empty(), Optional.empty(), Progress.NONE)
                .file();

        try (XSSFWorkbook region = new XSSFWorkbook(Files.newInputStream(avis));
                XSSFWorkbook pessiiBook = new XSSFWorkbook(Files.newInputStream(national))) {
            int avisCells =
                    sameCells(region.getSheet("Avis"), pessiiBook.getSheet("Classement"), List.of("N° dossier"));
            int reviewCells = sameCells(
                    region.getSheet("Évaluations"),
                    pessiiBook.getSheet("Évaluations"),
                    List.of("N° dossier", "E-mail"));
            assertTrue(avisCells > 150, "every Avis cell compared: " + avisCells);
            assertTrue(sameCompleteness(region.getSheet("Avis"), pessiiBook.getSheet("Classement")) > 0);
            assertTrue(reviewCells > 30, "every review cell compared: " + reviewCells);
        }
    }

    /**
     * Asserts that every non-empty cell of every row of {@code source} is in {@code target} under the same header,
     * in the row with the same key, with the same type and value; returns the number of cells compared.
     */
    private static int sameCells(Sheet source, Sheet target, List<String> key) {
        Map<String, Integer> sourceHeader = header(source);
        Map<String, Integer> targetHeader = header(target);
        Map<String, Row> targetRows = new HashMap<>();
        for (int r = 1; r <= target.getLastRowNum(); r++) {
            targetRows.put(key(target.getRow(r), targetHeader, key), target.getRow(r));
        }
        assertEquals(source.getLastRowNum(), targetRows.size(), "one national row per row of " + source.getSheetName());
        int compared = 0;
        DataFormatter shown = new DataFormatter(java.util.Locale.FRANCE);
        for (int r = 1; r <= source.getLastRowNum(); r++) {
            Row row = source.getRow(r);
            Row other = targetRows.get(key(row, sourceHeader, key));
            assertNotNull(other, "row " + key(row, sourceHeader, key) + " of " + source.getSheetName());
            for (Map.Entry<String, Integer> column : sourceHeader.entrySet()) {
                Cell cell = row.getCell(column.getValue());
                if (cell == null) {
                    continue;
                }
                if (AvisWorkbookWriter.headersNotConsolidated().contains(column.getKey())) {
                    // the legal-form verdict and the governance are not carried by the consolidation yet
                    continue;
                }
                Integer at = targetHeader.get(column.getKey());
                assertNotNull(at, "column « " + column.getKey() + " » of " + source.getSheetName() + " in the export");
                Cell copy = other.getCell(at);
                String where = source.getSheetName() + " " + key(row, sourceHeader, key) + " " + column.getKey();
                assertNotNull(copy, where);
                assertEquals(cell.getCellType(), copy.getCellType(), where);
                switch (cell.getCellType()) {
                    case STRING -> assertEquals(cell.getStringCellValue(), copy.getStringCellValue(), where);
                    case NUMERIC -> assertEquals(cell.getNumericCellValue(), copy.getNumericCellValue(), 0, where);
                    default -> assertEquals(shown.formatCellValue(cell), shown.formatCellValue(copy), where);
                }
                compared++;
            }
        }
        return compared;
    }

    /**
     * Asserts that PESSII's « Note complète », computed again against its grid, is the region's wherever the region
     * gave one, and that no dossier with « Non » comes before one with « Oui » of the same wave; returns the count.
     */
    private static int sameCompleteness(Sheet avis, Sheet classement) {
        Map<String, Integer> avisHeader = header(avis);
        Map<String, Integer> nationalHeader = header(classement);
        Map<String, String> regional = new HashMap<>();
        for (int r = 1; r <= avis.getLastRowNum(); r++) {
            Cell cell = avis.getRow(r).getCell(avisHeader.get("Note complète"));
            if (cell != null) {
                regional.put(key(avis.getRow(r), avisHeader, List.of("N° dossier")), cell.getStringCellValue());
            }
        }
        Map<String, String> lastOfWave = new HashMap<>();
        int compared = 0;
        for (int r = 1; r <= classement.getLastRowNum(); r++) {
            Row row = classement.getRow(r);
            String number = key(row, nationalHeader, List.of("N° dossier"));
            String complete = row.getCell(nationalHeader.get("Note complète")).getStringCellValue();
            if (regional.containsKey(number)) {
                assertEquals(regional.get(number), complete, "Note complète of " + number);
                compared++;
            }
            Cell waveCell = row.getCell(nationalHeader.get("Vague"));
            String wave = waveCell == null ? "" : waveCell.getStringCellValue();
            assertFalse(
                    "Non".equals(lastOfWave.get(wave)) && "Oui".equals(complete),
                    "a complete total after a partial one in " + wave);
            lastOfWave.put(wave, complete);
        }
        return compared;
    }

    private static Map<String, Integer> header(Sheet sheet) {
        Map<String, Integer> header = new HashMap<>();
        sheet.getRow(0).forEach(c -> header.putIfAbsent(c.getStringCellValue(), c.getColumnIndex()));
        return header;
    }

    private static String key(Row row, Map<String, Integer> header, List<String> key) {
        return String.join(
                "|",
                key.stream()
                        .map(k -> row.getCell(header.get(k)).getStringCellValue())
                        .toList());
    }

    @Test
    void aConflictBetweenTwoRegionsIsListedThenResolvedKeepingOneRegionsRow() throws IOException {
        Path bretagne = ScoredRegion.export(opened(), folder, "Bretagne");
        Path normandie = ScoredRegion.export(opened(), folder, "Normandie");
        Workspace pessii = opened();
        pessii.consolidateAvis().importFiles(List.of(bretagne, normandie), Progress.NONE);
        pessii.workspaceUser().set(TestReviewers.PESSII);
        NationalView before = pessii.nationalDecisions().view();
        assertEquals(12, before.openConflicts().size());
        assertTrue(before.ranking().stream().allMatch(r -> r.dossier().inConflict()));

        NationalView after = pessii.nationalDecisions().resolveConflict(ScoredRegion.FRAGILE, "Normandie");

        assertEquals(11, after.openConflicts().size());
        List<RankedDossier> fragile = after.ranking().stream()
                .filter(r -> r.row().dossierNumber().equals(ScoredRegion.FRAGILE))
                .toList();
        assertEquals(1, fragile.size());
        assertEquals("Normandie", fragile.get(0).dossier().exportingRegion());
        assertFalse(fragile.get(0).dossier().inConflict());
        assertEquals(23, after.ranking().size(), "the Bretagne row is set aside, not counted");
        assertEquals(
                "région retenue\u00a0: Normandie",
                pessii.nationalDecisions().history(ScoredRegion.FRAGILE).get(0).newValue());
        InvalidInputException again = org.junit.jupiter.api.Assertions.assertThrows(
                InvalidInputException.class,
                () -> pessii.nationalDecisions().resolveConflict(ScoredRegion.FRAGILE, "Bretagne"));
        assertEquals("Aucun conflit à résoudre sur le dossier n° " + ScoredRegion.FRAGILE + ".", again.getMessage());
    }
}
