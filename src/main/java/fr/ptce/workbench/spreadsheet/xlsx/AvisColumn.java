package fr.ptce.workbench.spreadsheet.xlsx;

import java.util.Objects;

/** A column of an avis workbook sheet: its header, what kind of value it holds and an optional header comment. */
public record AvisColumn(String header, Kind kind, String comment) {

    public AvisColumn {
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(kind, "kind");
    }

    public AvisColumn(String header, Kind kind) {
        this(header, kind, null);
    }

    /** What a column holds, which decides its cell style and width (in characters). */
    public enum Kind {
        /** An identifier such as a dossier number, kept as text. */
        ID(12),
        /** A short code: a block or criterion code. */
        CODE(8),
        /** A short word: Oui/Non, a maturity, a role. */
        WORD(14),
        /** A few words: a region, a recommendation, a metadata key; wrapped. */
        SHORT_TEXT(22),
        /** A name or a title, wrapped. */
        TEXT(28),
        /** A reviewer's comment on one criterion, one of many side by side; wrapped. */
        COMMENT(40),
        /** A paragraph: motivation, strengths, help; wrapped. */
        LONG_TEXT(60),
        /** A long single-line value such as a checksum, not wrapped. */
        VALUE(68),
        /** A whole number. */
        INTEGER(11),
        /** A score on the grid's scale, as many decimals as it has. */
        SCORE(7),
        /** A subtotal or total out of 100, two decimals shown. */
        TOTAL(12),
        /** A calendar date. */
        DATE(12),
        /** A date and time, Paris wall clock. */
        DATE_TIME(17);

        private final int width;

        Kind(int width) {
            this.width = width;
        }

        int width() {
            return width;
        }

        boolean wrapped() {
            return this == SHORT_TEXT || this == TEXT || this == COMMENT || this == LONG_TEXT;
        }
    }
}
