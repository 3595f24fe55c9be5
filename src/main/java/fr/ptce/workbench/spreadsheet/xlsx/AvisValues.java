package fr.ptce.workbench.spreadsheet.xlsx;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;

/**
 * Turns domain values into the few cell values an avis workbook holds (String, BigDecimal, LocalDate,
 * LocalDateTime, or null for an empty cell), so that the writer and the checksum see exactly the same thing.
 */
public final class AvisValues {

    /** The longest text a cell may hold in Excel. */
    static final int MAX_TEXT = 32_767;

    private AvisValues() {}

    /** Text as a cell keeps it: line breaks as LF, no control character XML cannot carry, within Excel's limit. */
    public static String text(String value) {
        if (value == null || value.isEmpty()) {
            return null;
        }
        if (value.length() <= MAX_TEXT && clean(value)) {
            // most texts need no change: no copy (the export's profile spent a tenth of its row layout here)
            return value;
        }
        String lines = value.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder clean = new StringBuilder(lines.length());
        lines.codePoints()
                .filter(c -> c >= 0x20 || c == '\n' || c == '\t')
                .filter(c -> c != 0xFFFE && c != 0xFFFF)
                .forEach(clean::appendCodePoint);
        if (clean.length() > MAX_TEXT) {
            clean.setLength(MAX_TEXT - 1);
            clean.append('…');
        }
        return clean.toString();
    }

    /** Whether a text has no CR, no control character XML cannot carry and no non-character U+FFFE or U+FFFF. */
    private static boolean clean(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 ? c != '\n' && c != '\t' : c == 0xFFFE || c == 0xFFFF) {
                return false;
            }
        }
        return true;
    }

    /** Oui / Non, or empty while unknown. */
    public static String yesNo(Boolean value) {
        return value == null ? null : value ? "Oui" : "Non";
    }

    public static BigDecimal number(Integer value) {
        return value == null ? null : BigDecimal.valueOf(value);
    }

    /** The Paris calendar day of an instant. */
    public static LocalDate day(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(PARIS).toLocalDate();
    }

    /** The Paris wall-clock time of an instant, to the second (what a spreadsheet date keeps exactly). */
    public static LocalDateTime parisTime(OffsetDateTime at) {
        return at == null ? null : at.atZoneSameInstant(PARIS).toLocalDateTime().truncatedTo(ChronoUnit.SECONDS);
    }

    /** Whether a text would be taken for a formula if typed into a cell. */
    public static boolean looksLikeFormula(String text) {
        return !text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0;
    }
}
