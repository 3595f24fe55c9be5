package fr.ptce.workbench.spreadsheet.kit;

import fr.ptce.workbench.spreadsheet.xlsx.AvisCanonicalForm;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The checksum of an expert kit's locked parts, read from the cells of the workbook by both the writer (once
 * filled) and the reader, in the canonical form of the avis workbook ({@link AvisCanonicalForm}): every cell of
 * {@code Consignes} and {@code Dossiers}, the header row and the first two columns of {@code Notation}, and the
 * metadata but its checksum rows. Empty rows are left out.
 */
final class KitLockedParts {

    private static final String[] SHEETS = {
        KitFormat.INSTRUCTIONS_SHEET, KitFormat.SCORING_SHEET, KitFormat.DOSSIERS_SHEET, KitFormat.METADATA_SHEET
    };

    private KitLockedParts() {}

    /** The SHA-256 of each sheet's locked part, then of all of them under the key {@code *}. */
    static Map<String, String> sha256(Workbook workbook) {
        Map<String, String> sums = new LinkedHashMap<>();
        AvisCanonicalForm all = new AvisCanonicalForm();
        for (String name : SHEETS) {
            AvisCanonicalForm one = new AvisCanonicalForm();
            Sheet sheet = workbook.getSheet(name);
            all.sheet(name);
            one.sheet(name);
            if (sheet != null) {
                for (List<Object> row : lockedRows(sheet)) {
                    all.row(row);
                    one.row(row);
                }
            }
            sums.put(name, one.sha256());
        }
        sums.put("*", all.sha256());
        return sums;
    }

    private static List<List<Object>> lockedRows(Sheet sheet) {
        boolean scoring = sheet.getSheetName().equals(KitFormat.SCORING_SHEET);
        boolean metadata = sheet.getSheetName().equals(KitFormat.METADATA_SHEET);
        List<List<Object>> rows = new ArrayList<>();
        for (int r = 0; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null || row.getLastCellNum() <= 0) {
                continue;
            }
            int end = scoring && r > 0 ? Math.min(2, row.getLastCellNum()) : row.getLastCellNum();
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < end; c++) {
                cells.add(value(row.getCell(c)));
            }
            if (metadata && String.valueOf(cells.get(0)).startsWith(KitFormat.KEY_SHA256)) {
                continue;
            }
            if (cells.stream().anyMatch(v -> v != null)) {
                rows.add(cells);
            }
        }
        return rows;
    }

    /** A cell as the canonical form takes it: text, number, or null when empty. */
    static Object value(Cell cell) {
        if (cell == null) {
            return null;
        }
        return switch (cell.getCellType()) {
            case STRING -> cell.getStringCellValue().isEmpty() ? null : cell.getStringCellValue();
            case NUMERIC -> BigDecimal.valueOf(cell.getNumericCellValue());
            case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
            case FORMULA -> "=" + cell.getCellFormula();
            default -> null;
        };
    }
}
