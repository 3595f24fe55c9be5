package fr.ptce.workbench.domain;

/**
 * A problem with one row of an accepted file, reported as data rather than thrown: the row is imported as
 * well as it can be and the problem is listed in the report.
 *
 * @param sheet the sheet name, or the file name for a csv
 * @param row the 1-based row number as a spreadsheet shows it
 * @param column the column header, or null when the whole row is concerned
 * @param message what is wrong, in French
 */
public record RowProblem(String sheet, long row, String column, String message) {

    /** A French one-line description for reports. */
    public String describe() {
        return "feuille «\u00a0" + sheet + "\u00a0», ligne " + row
                + (column == null ? "" : ", colonne «\u00a0" + column + "\u00a0»") + "\u00a0: " + message;
    }
}
