package fr.ptce.workbench.spreadsheet.xlsx;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The cell values of some sheets of an xlsx workbook, read in one streaming pass ({@link WorkbookRowsReader}).
 * A sheet's rows run from row 1 to its last row in the XML, a missing row as an empty list; a row's values run
 * from column A to its last cell, a missing or blank cell as null. A value is a {@code String} (text), a
 * {@code BigDecimal} (a number, {@code BigDecimal.valueOf(double)}), a {@link DateCell} (a number shown as a
 * date) or an {@link OtherCell} (a boolean, an error or a formula); {@link #plain} gives its plain value.
 *
 * @param sheets the sheets read, in workbook order
 */
public record WorkbookRows(List<Sheet> sheets) {

    public WorkbookRows {
        sheets = List.copyOf(sheets);
    }

    /**
     * One sheet's rows.
     *
     * @param name its name as the workbook spells it
     * @param rows its rows from row 1, unmodifiable
     */
    public record Sheet(String name, List<List<Object>> rows) {

        public Sheet {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(rows, "rows");
        }
    }

    /**
     * A number shown as a date.
     *
     * @param at its wall-clock time, rounded to the second
     * @param serial the number itself
     */
    public record DateCell(LocalDateTime at, double serial) {}

    /**
     * A cell that is neither text nor number.
     *
     * @param text {@code TRUE}/{@code FALSE} for a boolean, {@code #} and the error code for an error,
     *        {@code =} and the formula for a formula
     * @param formula whether the cell holds a formula
     */
    public record OtherCell(String text, boolean formula) {}

    /** The sheet of that name, ignoring case as Excel does; the first one if several match. */
    public Optional<Sheet> sheet(String name) {
        return sheets.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /**
     * The plain value of a cell: a date's wall-clock time, the text of a boolean, an error or a formula, any
     * other value as it is.
     */
    public static Object plain(Object cell) {
        if (cell instanceof DateCell date) {
            return date.at();
        }
        if (cell instanceof OtherCell other) {
            return other.text();
        }
        return cell;
    }
}
