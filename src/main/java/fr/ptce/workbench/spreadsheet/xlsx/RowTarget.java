package fr.ptce.workbench.spreadsheet.xlsx;

import java.util.List;

/**
 * Where {@link SheetXmlHandler} hands each row of a sheet: a DS export's {@code SheetRowRouter} or an avis
 * workbook's {@link WorkbookRowsReader}.
 *
 * @param <T> the type of a decoded cell
 */
public interface RowTarget<T> {

    /**
     * Takes one row.
     *
     * @param rowNumber the 1-based row number
     * @param cells the decoded cells by 0-based column, gaps filled; reused by the caller once this returns
     * @return false when the rest of the sheet is of no interest
     */
    boolean row(long rowNumber, List<T> cells);

    /** The name of a 0-based column in messages. */
    String columnName(int index);

    /**
     * Marks a 0-based column of the row being read as computed by a spreadsheet program (an error value or an
     * evaluated formula); called before {@link #row} for that row.
     */
    default void computedCell(int column) {
        // only a DS export's reader names such cells
    }

    /** An estimate of the data rows to come, from the sheet's declared dimension. */
    default void expectRows(long rows) {
        // an estimate only some targets use
    }
}
