package fr.ptce.workbench.spreadsheet.avis;

import fr.ptce.workbench.domain.InputRefusedException;
import fr.ptce.workbench.domain.InputRefusedException.Location;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows;
import fr.ptce.workbench.spreadsheet.xlsx.WorkbookRows.DateCell;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the rows of one sheet of an avis workbook ({@link WorkbookRows}) by header text, typed back (text, number,
 * Oui/Non, date); a value of the wrong type is refused with a French message naming the file, sheet, row and
 * column.
 */
final class SheetCursor {

    private final String file;
    private final WorkbookRows.Sheet sheet;
    private final Map<String, Integer> columns = new HashMap<>();
    private int rowNumber;

    SheetCursor(String file, WorkbookRows.Sheet sheet) {
        this.file = file;
        this.sheet = sheet;
        List<Object> header = sheet.rows().isEmpty() ? List.of() : sheet.rows().get(0);
        for (int c = 0; c < header.size(); c++) {
            if (header.get(c) instanceof String text) {
                columns.putIfAbsent(text, c);
            }
        }
    }

    /** The last data row's number (0-based, the header being 0). */
    int lastRow() {
        return sheet.rows().size() - 1;
    }

    /** Moves to a data row (0-based). */
    void moveTo(int row) {
        rowNumber = row;
    }

    /** The value under a header in the current row, null when the cell is empty. */
    private Object cell(String header) {
        Integer column = columns.get(header);
        if (column == null) {
            throw new InputRefusedException(
                    Location.sheet(file, sheet.name()), "colonne «\u00a0" + header + "\u00a0» manquante");
        }
        List<Object> row = rowNumber < sheet.rows().size() ? sheet.rows().get(rowNumber) : List.of();
        return column < row.size() ? row.get(column) : null;
    }

    String text(String header) {
        Object cell = cell(header);
        if (cell == null || cell instanceof String) {
            return (String) cell;
        }
        if (cell instanceof BigDecimal number) {
            return number.stripTrailingZeros().toPlainString();
        }
        throw refused(header, "un texte");
    }

    BigDecimal number(String header) {
        Object cell = cell(header);
        if (cell == null || cell instanceof BigDecimal) {
            return (BigDecimal) cell;
        }
        if (cell instanceof DateCell date) {
            return BigDecimal.valueOf(date.serial());
        }
        throw refused(header, "un nombre");
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
            default -> throw refused(header, "«\u00a0Oui\u00a0» ou «\u00a0Non\u00a0»");
        };
    }

    LocalDate date(String header) {
        LocalDateTime at = dateTime(header);
        return at == null ? null : at.toLocalDate();
    }

    /** A date cell (or an ISO-8601 text) as wall-clock time, to the second. */
    LocalDateTime dateTime(String header) {
        Object cell = cell(header);
        if (cell == null) {
            return null;
        }
        if (cell instanceof String text) {
            try {
                return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
            } catch (DateTimeParseException e) {
                throw refused(header, "une date");
            }
        }
        if (cell instanceof DateCell date) {
            return date.at();
        }
        throw refused(header, "une date");
    }

    private InputRefusedException refused(String header, String expected) {
        return new InputRefusedException(
                new Location(file, sheet.name(), (long) rowNumber + 1, header), expected + " attendu");
    }
}
