package fr.ptce.workbench.spreadsheet.xlsx;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;

/**
 * The canonical text of an avis workbook's content and its SHA-256, fed sheet by sheet and row by row by both the
 * writer (from the values it writes) and the verifier (from the cells it reads); formats.md defines it.
 */
public final class AvisCanonicalForm {

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

    private final MessageDigest digest;
    /** The row being built, reused from row to row. */
    private final StringBuilder line = new StringBuilder(1024);

    public AvisCanonicalForm() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Starts a sheet: its name on a line of its own. */
    public void sheet(String name) {
        line(escape(name));
    }

    /**
     * Adds a row: each cell's canonical text, trailing empty cells dropped, joined with a tab, ended by a line feed.
     * A cell is a String, a BigDecimal, a LocalDate, a LocalDateTime or null (empty).
     */
    public void row(List<?> cells) {
        int end = cells.size();
        while (end > 0 && empty(cells.get(end - 1))) {
            end--;
        }
        line.setLength(0);
        for (int i = 0; i < end; i++) {
            if (i > 0) {
                line.append('\t');
            }
            Object cell = cells.get(i);
            if (cell instanceof String s) {
                escape(s, line);
            } else {
                line.append(text(cell));
            }
        }
        line(line);
    }

    /** The SHA-256 of everything added, in lower-case hexadecimal; the form cannot be fed afterwards. */
    public String sha256() {
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The canonical text of one cell: text with {@code \} {@code TAB} {@code LF} {@code CR} escaped as
     * {@code \\ \t \n \r}; a number as it reads back from a spreadsheet (a double), in plain decimal notation
     * without trailing zeros; a date as ISO {@code 2021-12-01}, a date-time as ISO {@code 2021-12-01T10:15:00}
     * (a date-time at midnight reads as its date); an empty cell as nothing.
     */
    public static String text(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof String s) {
            return escape(s);
        }
        if (cell instanceof BigDecimal n) {
            return number(n.doubleValue());
        }
        if (cell instanceof Number n) {
            return number(n.doubleValue());
        }
        if (cell instanceof LocalDate d) {
            return d.toString();
        }
        if (cell instanceof LocalDateTime t) {
            return t.toLocalTime().equals(LocalTime.MIDNIGHT) ? t.toLocalDate().toString() : t.format(DATE_TIME);
        }
        throw new IllegalArgumentException(
                "No canonical text for a " + cell.getClass().getSimpleName());
    }

    private static String number(double value) {
        BigDecimal n = BigDecimal.valueOf(value).stripTrailingZeros();
        return n.signum() == 0 ? "0" : n.toPlainString();
    }

    private static String escape(String text) {
        return escape(text, new StringBuilder(text.length())).toString();
    }

    private static StringBuilder escape(String text, StringBuilder out) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '\t' -> out.append("\\t");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                default -> out.append(c);
            }
        }
        return out;
    }

    /** Whether a cell's canonical text is empty: only an empty cell's or an empty text's is. */
    private static boolean empty(Object cell) {
        return cell == null || cell instanceof String s && s.isEmpty();
    }

    private void line(CharSequence text) {
        digest.update(text.toString().getBytes(StandardCharsets.UTF_8));
        digest.update((byte) '\n');
    }
}
