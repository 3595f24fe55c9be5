package fr.ptce.workbench.spreadsheet.ds;

import java.util.BitSet;
import java.util.List;

/**
 * Receives a DS export as the reader streams it: each sheet's header, then its rows, sheet by sheet in file
 * order. Rows are never all held in memory.
 */
public interface DsExportSink {

    /** A new sheet begins; its rows follow. */
    void sheet(DsSheet sheet);

    /**
     * One data row of the current sheet.
     *
     * @param rowNumber the 1-based row number as a spreadsheet (or a csv line count of records) shows it
     * @param values one value per header, "" for an empty cell; see {@link DsExportReader} for encodings
     */
    void row(DsSheet sheet, long rowNumber, List<String> values);

    /**
     * One data row of the current sheet, with the columns whose value a spreadsheet program computed: an error
     * value or an evaluated formula (DS writes neither). The default ignores them.
     *
     * @param computed the 0-based columns computed by a spreadsheet program, empty for most rows; not kept
     */
    default void row(DsSheet sheet, long rowNumber, List<String> values, BitSet computed) {
        row(sheet, rowNumber, values);
    }
}
