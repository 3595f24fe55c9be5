package fr.ptce.workbench.domain.dossier;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decodes the value encodings of DS exports (formats.md §1.5, §1.7): dates with or without an offset,
 * the three boolean spellings, and the HTML escaping of textareas in exports made before mid-2025.
 */
public final class DsValues {

    private static final DateTimeFormatter RUBY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss xx");
    private static final DateTimeFormatter LOCAL_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd[ ]['T']HH:mm[:ss]");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");

    private DsValues() {}

    /**
     * Parses a DS date-time: ISO-8601 with offset, Ruby's {@code 2021-06-23 23:58:02 +0200}, or a local
     * date-time taken as Paris time. Returned with the Paris offset of that instant.
     */
    public static Optional<OffsetDateTime> dateTime(String value) {
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        for (DateTimeFormatter format : new DateTimeFormatter[] {DateTimeFormatter.ISO_OFFSET_DATE_TIME, RUBY_TIME}) {
            try {
                return Optional.of(inParis(OffsetDateTime.parse(text, format)));
            } catch (DateTimeParseException ignored) {
                // try the next spelling
            }
        }
        try {
            return Optional.of(
                    LocalDateTime.parse(text, LOCAL_TIME).atZone(PARIS).toOffsetDateTime());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("date et heure illisible\u00a0: «\u00a0" + text + "\u00a0»", e);
        }
    }

    /** The same instant with the offset Paris had then. */
    public static OffsetDateTime inParis(OffsetDateTime time) {
        return time.atZoneSameInstant(PARIS).toOffsetDateTime();
    }

    /** Parses {@code true/false}, {@code Oui/Non}, {@code on/off} and {@code 1/0}; empty gives empty. */
    public static Optional<Boolean> bool(String value) {
        String text = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        return switch (text) {
            case "" -> Optional.empty();
            case "true", "oui", "on", "1", "vrai" -> Optional.of(Boolean.TRUE);
            case "false", "non", "off", "0", "faux" -> Optional.of(Boolean.FALSE);
            default ->
                throw new IllegalArgumentException("valeur oui/non illisible\u00a0: «\u00a0" + value + "\u00a0»");
        };
    }

    /** Undoes the HTML escaping of Rails' sanitizer: {@code &amp; &lt; &gt;}, {@code &nbsp;} and numeric entities. */
    public static String htmlUnescape(String value) {
        if (value == null || value.indexOf('&') < 0) {
            return value;
        }
        Matcher matcher = ENTITY.matcher(value);
        StringBuilder out = new StringBuilder(value.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(decode(matcher.group(1), matcher.group())));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Line breaks as LF, whatever the source wrote (CRLF in csv, LF from xlsx XML, lone CR). */
    public static String normaliseLineBreaks(String value) {
        if (value == null || value.indexOf('\r') < 0) {
            return value;
        }
        return value.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String decode(String entity, String whole) {
        if (entity.startsWith("#")) {
            boolean hex = entity.length() > 1 && (entity.charAt(1) == 'x' || entity.charAt(1) == 'X');
            int codePoint = Integer.parseInt(entity.substring(hex ? 2 : 1), hex ? 16 : 10);
            return Character.isValidCodePoint(codePoint) ? new String(Character.toChars(codePoint)) : whole;
        }
        return switch (entity) {
            case "amp" -> "&";
            case "lt" -> "<";
            case "gt" -> ">";
            case "quot" -> "\"";
            case "apos" -> "'";
            case "nbsp" -> "\u00A0";
            default -> whole;
        };
    }
}
