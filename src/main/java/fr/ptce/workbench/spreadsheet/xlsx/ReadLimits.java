package fr.ptce.workbench.spreadsheet.xlsx;

/** Bounds that keep a hostile or broken file from exhausting memory while it is streamed. */
public final class ReadLimits {

    /** The longest cell accepted, in chars; a DS textarea is a few thousand. */
    public static final int MAX_CELL_CHARS = 1_000_000;

    /** The most chars accepted in one row, all cells together. */
    static final int MAX_ROW_CHARS = 20_000_000;

    /** The highest row number accepted, Excel's own limit. */
    public static final long MAX_ROWS = 1_048_576;

    /** The most columns accepted, Excel's own limit (XFD). */
    public static final int MAX_COLUMNS = 16_384;

    /** The most row problems listed one by one; the rest are only counted. */
    public static final int MAX_LISTED_PROBLEMS = 1_000;

    private ReadLimits() {}

    /** The spreadsheet letters of a 0-based column index: 0 → A, 27 → AB. */
    public static String columnLetters(int index) {
        StringBuilder letters = new StringBuilder();
        for (int n = index + 1; n > 0; n = (n - 1) / 26) {
            letters.insert(0, (char) ('A' + (n - 1) % 26));
        }
        return letters.toString();
    }
}
