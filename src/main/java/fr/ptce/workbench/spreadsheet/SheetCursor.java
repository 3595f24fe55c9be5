package fr.ptce.workbench.spreadsheet;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * Reads the rows of one sheet of an avis workbook by header text, typed back (text, number, Oui/Non, date); a
 * value of the wrong type is refused with a French message naming the file, sheet, row and column.
 */
final class SheetCursor {

    private final String file;
    private final Sheet sheet;
    private final boolean date1904;
    private final Map<String, Integer> columns = new HashMap<>();
    private int rowNumber;

    SheetCursor(String file, Sheet sheet, boolean date1904) {
        this.file = file;
        this.sheet = sheet;
        this.date1904 = date1904;
        Row header = sheet.getRow(0);
        for (int c = 0; header != null && c < header.getLastCellNum(); c++) {
            if (header.getCell(c) != null && header.getCell(c).getCellType() == CellType.STRING) {
                columns.putIfAbsent(header.getCell(c).getStringCellValue(), c);
            }
        }
    }

    /** The last data row's number (0-based, the header being 0). */
    int lastRow() {
        return sheet.getLastRowNum();
    }

    /** Moves to a data row (0-based). */
    void moveTo(int row) {
        rowNumber = row;
    }

    private Cell cell(String header) {
        Integer column = columns.get(header);
        if (column == null) {
            throw new InputRefusedException(Location.sheet(file, sheet.getSheetName()),
                    "colonne « " + header + " » manquante");
        }
        Row row = sheet.getRow(rowNumber);
        Cell cell = row == null ? null : row.getCell(column);
        return cell == null || cell.getCellType() == CellType.BLANK ? null : cell;
    }

    String text(String header) {
        Cell cell = cell(header);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.NUMERIC && !DateUtil.isCellDateFormatted(cell)) {
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        requireType(cell, CellType.STRING, header, "un texte");
        return cell.getStringCellValue();
    }

    BigDecimal number(String header) {
        Cell cell = cell(header);
        if (cell == null) {
            return null;
        }
        requireType(cell, CellType.NUMERIC, header, "un nombre");
        return BigDecimal.valueOf(cell.getNumericCellValue());
    }

    Integer integer(String header) {
        BigDecimal value = number(header);
        try {
            return value == null ? null : value.intValueExact();
        } catch (ArithmeticException e) {
            throw refused(header, "un nombre entier");
        }
    }

    Boolean yesNo(String header) {
        String value = text(header);
        if (value == null) {
            return null;
        }
        return switch (value) {
            case "Oui" -> Boolean.TRUE;
            case "Non" -> Boolean.FALSE;
            default -> throw refused(header, "« Oui » ou « Non »");
        };
    }

    LocalDate date(String header) {
        LocalDateTime at = dateTime(header);
        return at == null ? null : at.toLocalDate();
    }

    /** A date cell (or an ISO-8601 text) as wall-clock time, to the second. */
    LocalDateTime dateTime(String header) {
        Cell cell = cell(header);
        if (cell == null) {
            return null;
        }
        if (cell.getCellType() == CellType.STRING) {
            String text = cell.getStringCellValue();
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw refused(header, "une date");
            }
        }
        if (cell.getCellType() != CellType.NUMERIC || !DateUtil.isCellDateFormatted(cell)) {
            throw refused(header, "une date");
        }
        return DateUtil.getLocalDateTime(cell.getNumericCellValue(), date1904, true);
    }

    private void requireType(Cell cell, CellType type, String header, String expected) {
        if (cell.getCellType() != type) {
            throw refused(header, expected);
        }
    }

    private InputRefusedException refused(String header, String expected) {
        return new InputRefusedException(new Location(file, sheet.getSheetName(), (long) rowNumber + 1, header),
                expected + " attendu");
    }
}
