package fr.ptce.workbench.spreadsheet.xlsx;

/**
 * Turns the raw content of one xlsx cell, as {@link SheetXmlHandler} streams it, into the value its reader keeps:
 * a DS export's text ({@link CellValueFormatter}) or an avis workbook's typed value ({@link AvisCellDecoder}).
 *
 * @param <T> the type of a decoded cell
 */
interface CellDecoder<T> {

    /**
     * Decodes one cell.
     *
     * @param type the {@code t} attribute, "n" when absent
     * @param styleIndex the {@code s} attribute, 0 when absent
     * @param text the text of {@code <v>} or of the {@code <t>} runs of {@code <is>}
     * @param hasValue whether the cell has a {@code <v>} element
     * @param formula the text of {@code <f>}, or null when the cell has none
     * @throws IllegalArgumentException with a French message when the cell cannot be understood
     */
    T decode(String type, int styleIndex, String text, boolean hasValue, String formula);

    /** The value of a cell absent from the XML, before the last cell of its row. */
    T gap();

    /**
     * Whether the cell's value was computed by a spreadsheet program: an error cell ({@code t="e"}) or a formula
     * with a cached value; a DS export holds neither, so such a cell was altered after DS wrote it.
     */
    default boolean computed(String type, boolean hasValue, String formula) {
        return false;
    }
}
