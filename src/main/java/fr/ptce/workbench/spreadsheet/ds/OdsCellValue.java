package fr.ptce.workbench.spreadsheet.ds;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.regex.Pattern;

/**
 * Decodes one ods cell into the string the sink receives, the same as for the xlsx twin of the export:
 * <ul>
 * <li>a text cell (rodf writes every value but numbers as text): its paragraphs joined by a line break; the
 *     time stamps rodf writes as {@code 2021-06-15 10:23:45 +0200} become ISO-8601 ({@code
 *     2021-06-15T10:23:45+02:00}), as the xlsx date cells do;</li>
 * <li>a cell typed by LibreOffice: a float without a useless {@code .0}, a date ({@code office:date-value})
 *     as ISO-8601 — a plain date, or a date-time with the Paris offset, DS's time zone —, a boolean as
 *     {@code true}/{@code false};</li>
 * <li>an error cell ({@code calcext:value-type="error"}): its text as shown, e.g. {@code Err:501}.</li>
 * </ul>
 */
final class OdsCellValue {

    /** A rodf time stamp: ActiveSupport's {@code TimeWithZone#to_s}. */
    private static final Pattern RODF_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4}");

    private static final DateTimeFormatter RODF_TIME_FORMAT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");

    /** What the attributes of one {@code table:table-cell} say. */
    record Cell(
            String valueType,
            String calcValueType,
            String value,
            String dateValue,
            String booleanValue,
            String stringValue,
            boolean formula) {}

    private OdsCellValue() {}

    /** Whether a spreadsheet program computed the cell: a formula, or an error value. */
    static boolean computed(Cell cell) {
        return cell.formula() || "error".equals(cell.calcValueType());
    }

    /** The cell's value for the sink; "" for an empty cell. */
    static String decode(Cell cell, String text) {
        if ("error".equals(cell.calcValueType())) {
            return text;
        }
        String type = cell.valueType() == null ? "" : cell.valueType();
        return switch (type) {
            case "float", "percentage", "currency" -> number(cell.value(), text);
            case "date" -> date(cell.dateValue(), text);
            case "boolean" -> bool(cell.booleanValue(), text);
            case "string" ->
                cell.stringValue() != null && !cell.stringValue().isEmpty() ? cell.stringValue() : rodfTime(text);
            default -> rodfTime(text);
        };
    }

    private static String number(String value, String text) {
        if (value == null) {
            return text;
        }
        try {
            return new BigDecimal(value.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException notANumber) {
            return text;
        }
    }

    private static String date(String value, String text) {
        if (value == null || value.isBlank()) {
            return text;
        }
        String v = value.strip();
        try {
            if (v.indexOf('T') < 0) {
                return LocalDate.parse(v).toString();
            }
            // LibreOffice writes the wall-clock time it shows, without an offset: DS's times are Paris times
            LocalDateTime wallClock = LocalDateTime.parse(v);
            if (wallClock.getNano() >= 500_000_000) {
                wallClock = wallClock.plusSeconds(1);
            }
            return wallClock
                    .truncatedTo(ChronoUnit.SECONDS)
                    .atZone(PARIS)
                    .format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException unreadable) {
            return text;
        }
    }

    private static String bool(String value, String text) {
        if ("true".equals(value) || "false".equals(value)) {
            return value;
        }
        return text;
    }

    private static String rodfTime(String text) {
        if (text.length() != 25 || !RODF_TIME.matcher(text).matches()) {
            return text;
        }
        try {
            OffsetDateTime time = OffsetDateTime.parse(text, RODF_TIME_FORMAT);
            return time.format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        } catch (DateTimeParseException unreadable) {
            return text;
        }
    }
}
