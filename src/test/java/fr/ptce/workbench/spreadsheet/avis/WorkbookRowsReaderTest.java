package fr.ptce.workbench.spreadsheet.avis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.spreadsheet.avis.AvisVerification.Verdict;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRowsReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.FormulaError;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The streaming read of an avis workbook gives the values POI's usermodel (the former DOM read) gave. */
class WorkbookRowsReaderTest {

    @TempDir
    Path folder;

    private Path written;

    @BeforeEach
    void write() {
        written = folder.resolve("avis-bretagne-2021-12-01.xlsx");
        AvisWorkbookWriter.write(TestAvisContent.sample(), written, Progress.NONE);
    }

    @Test
    void anExportedWorkbookReadsAsThroughTheUsermodel() throws IOException {
        WorkbookRows rows = assertSameValuesAsUsermodel(written);
        List<Object> values = rows.sheets().stream()
                .flatMap(s -> s.rows().stream())
                .flatMap(List::stream)
                .toList();
        assertTrue(values.stream().anyMatch(v -> v instanceof WorkbookRows.DateCell), "dates read as dates");
        assertTrue(values.stream().anyMatch(v -> v instanceof BigDecimal), "numbers read as numbers");
        List<Object> bare = rows.sheet("Avis").orElseThrow().rows().get(2);
        assertTrue(bare.indexOf(null) >= 0 && bare.indexOf(null) < bare.size() - 1, "an empty cell mid-row: " + bare);
    }

    @Test
    void aResavedWorkbookWithHolesOtherCellsAndThe1904DateSystemReadsAsThroughTheUsermodel() throws IOException {
        Path copy = edited("edited.xlsx", workbook -> {
            workbook.getCTWorkbook().getWorkbookPr().setDate1904(true);
            Row row = workbook.getSheet("Avis").getRow(1);
            row.removeCell(row.getCell(3));
            recreated(row, 1).setCellValue(true);
            recreated(row, 2).setCellErrorValue(FormulaError.DIV0.getCode());
            row.createCell(row.getLastCellNum() + 2).setBlank();
            workbook.getSheet("Grille").createRow(workbook.getSheet("Grille").getLastRowNum() + 3);
        });
        WorkbookRows rows = assertSameValuesAsUsermodel(copy);
        List<Object> row = rows.sheet("Avis").orElseThrow().rows().get(1);
        assertEquals(new WorkbookRows.OtherCell("TRUE", false), row.get(1));
        assertEquals(new WorkbookRows.OtherCell("#7", false), row.get(2));
        assertEquals(null, row.get(3));
    }

    @Test
    void aFormulaMakesTheWorkbookModifiedNamingItsCell() throws IOException {
        Path copy = edited("formula.xlsx", workbook -> {
            Sheet evaluations = workbook.getSheet("Évaluations");
            int column = AvisWorkbookVerifierTest.columnOf(evaluations.getRow(0), "Commentaire V1");
            evaluations.getRow(2).createCell(column).setCellFormula("1+1");
        });
        int column = AvisWorkbookVerifierTest.columnOf(usermodelHeader(copy, "Évaluations"), "Commentaire V1");
        AvisVerification verification = AvisWorkbookVerifier.verify(copy);
        assertEquals(Verdict.MODIFIED, verification.verdict());
        assertEquals(
                "Fichier «\u00a0formula.xlsx\u00a0»\u00a0: classeur d'avis modifié depuis son export (la cellule"
                        + " Évaluations!"
                        + CellReference.convertNumToColString(column)
                        + "3 contient une formule, ce que l'export n'écrit"
                        + " jamais)\u00a0; demandez à la région de l'exporter à nouveau.",
                verification.message());
    }

    /** Reads the file both ways and compares every sheet's plain values; returns the streaming read. */
    private static WorkbookRows assertSameValuesAsUsermodel(Path file) throws IOException {
        WorkbookRows rows = WorkbookRowsReader.read(file, file.getFileName().toString(), AvisFormat.SHEETS);
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            assertEquals(AvisFormat.SHEETS.size(), rows.sheets().size());
            for (WorkbookRows.Sheet sheet : rows.sheets()) {
                List<List<Object>> plain = sheet.rows().stream()
                        .map(row -> row.stream().map(WorkbookRows::plain).toList())
                        .toList();
                assertEquals(
                        usermodelRows(workbook.getSheet(sheet.name()), workbook.isDate1904()), plain, sheet.name());
            }
        }
        return rows;
    }

    /** The values as the verifier read them through POI's usermodel before the streaming read. */
    private static List<List<Object>> usermodelRows(Sheet sheet, boolean date1904) {
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            List<Object> values = new ArrayList<>();
            for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
                values.add(usermodelValue(row.getCell(c), date1904));
            }
            rows.add(values);
        }
        return rows;
    }

    private static Object usermodelValue(Cell cell, boolean date1904) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue();
            case NUMERIC ->
                DateUtil.isCellDateFormatted(cell)
                        ? DateUtil.getLocalDateTime(cell.getNumericCellValue(), date1904, true)
                        : BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
            case ERROR -> "#" + cell.getErrorCellValue();
            case FORMULA -> "=" + cell.getCellFormula();
            default -> null;
        };
    }

    private Path edited(String name, Consumer<XSSFWorkbook> edit) throws IOException {
        Path copy = folder.resolve(name);
        try (InputStream in = Files.newInputStream(written);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            edit.accept(workbook);
            try (OutputStream out = Files.newOutputStream(copy)) {
                workbook.write(out);
            }
        }
        return copy;
    }

    private static Row usermodelHeader(Path file, String sheet) throws IOException {
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook workbook = new XSSFWorkbook(in)) {
            return workbook.getSheet(sheet).getRow(0);
        }
    }

    /** A cell recreated: POI cannot retype an inline string written by SXSSF. */
    private static Cell recreated(Row row, int column) {
        row.removeCell(row.getCell(column));
        return row.createCell(column);
    }
}
