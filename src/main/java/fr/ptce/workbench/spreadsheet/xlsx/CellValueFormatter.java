package fr.ptce.workbench.spreadsheet.xlsx;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.model.SharedStrings;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;

/**
 * Turns the raw content of an xlsx cell into the string the sink receives: texts as they are, numbers
 * without a useless {@code .0}, booleans as {@code true}/{@code false}, and date cells, which DS writes as
 * Paris wall-clock serials, as ISO-8601 dates or date-times with the Paris offset.
 */
public final class CellValueFormatter implements CellDecoder<String> {

    private enum DateKind {
        NONE,
        DATE,
        DATE_TIME
    }

    private final StylesTable styles;
    private final SharedStrings sharedStrings;
    private final boolean date1904;
    private final Map<Integer, DateKind> dateKindByStyle = new HashMap<>();

    /**
     * @param styles the workbook styles, or null when it has none
     * @param sharedStrings the shared strings, or null when it has none
     */
    public CellValueFormatter(StylesTable styles, SharedStrings sharedStrings, boolean date1904) {
        this.styles = styles;
        this.sharedStrings = sharedStrings;
        this.date1904 = date1904;
    }

    @Override
    public String gap() {
        return "";
    }

    @Override
    public String decode(String type, int styleIndex, String text, boolean hasValue, String formula) {
        if (!hasValue && formula != null) {
            // caxlsx 3.1 wrote a text starting with "=" as a formula without a cached value
            return "=" + formula;
        }
        return switch (type) {
            case "s" -> sharedString(text);
            case "b" -> "1".equals(text) ? "true" : "0".equals(text) ? "false" : text;
            case "n" -> number(styleIndex, text);
            default -> text; // inlineStr, str, e (error text), d (ISO date text)
        };
    }

    @Override
    public boolean computed(String type, boolean hasValue, String formula) {
        return "e".equals(type) || hasValue && formula != null;
    }

    /** The text of a shared string by its index as written in {@code <v>}. */
    String sharedString(String text) {
        int index;
        try {
            index = Integer.parseInt(text.trim());
        } catch (NumberFormatException notAnIndex) {
            throw new IllegalArgumentException("référence de texte partagé invalide («\u00a0" + text + "\u00a0»)");
        }
        try {
            if (sharedStrings != null && index >= 0) {
                return sharedStrings.getItemAt(index).getString();
            }
        } catch (IndexOutOfBoundsException missing) {
            // reported below like a missing table
        }
        throw new IllegalArgumentException("le texte partagé n° " + index + " n'existe pas dans le classeur");
    }

    private String number(int styleIndex, String text) {
        String trimmed = text.trim();
        if (trimmed.isEmpty()) {
            return "";
        }
        double value;
        try {
            value = Double.parseDouble(trimmed);
        } catch (NumberFormatException notANumber) {
            return text;
        }
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return text;
        }
        DateKind kind = dateKind(styleIndex);
        if (kind != DateKind.NONE && DateUtil.isValidExcelDate(value)) {
            LocalDateTime wallClock = DateUtil.getLocalDateTime(value, date1904, true);
            return kind == DateKind.DATE
                    ? wallClock.toLocalDate().toString()
                    : wallClock.atZone(PARIS).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Whether a style shows its number as a date (or a date-time), cached by style. */
    boolean isDateStyle(int styleIndex) {
        return dateKind(styleIndex) != DateKind.NONE;
    }

    private DateKind dateKind(int styleIndex) {
        return dateKindByStyle.computeIfAbsent(styleIndex, this::lookUpDateKind);
    }

    private DateKind lookUpDateKind(int styleIndex) {
        if (styles == null || styleIndex < 0 || styleIndex >= styles.getNumCellStyles()) {
            return DateKind.NONE;
        }
        XSSFCellStyle style = styles.getStyleAt(styleIndex);
        String pattern = style == null ? null : style.getDataFormatString();
        if (pattern == null || !DateUtil.isADateFormat(style.getDataFormat(), pattern)) {
            return DateKind.NONE;
        }
        return hasTimePart(pattern) ? DateKind.DATE_TIME : DateKind.DATE;
    }

    /** Whether a date format shows hours or seconds, ignoring quoted literals, escapes and [...] sections. */
    static boolean hasTimePart(String pattern) {
        String bare = pattern.replaceAll("\"[^\"]*\"|\\\\.|\\[[^\\]]*\\]", "").toLowerCase(Locale.ROOT);
        return bare.indexOf('h') >= 0 || bare.indexOf('s') >= 0;
    }
}
