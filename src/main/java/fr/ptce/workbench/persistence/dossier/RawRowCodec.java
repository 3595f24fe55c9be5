package fr.ptce.workbench.persistence.dossier;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.ptce.workbench.domain.dossier.RawCell;
import fr.ptce.workbench.persistence.common.StoreException;
import java.util.ArrayList;
import java.util.List;

/**
 * Stores a dossier's raw DS row as one value beside its ten section texts, without repeating them: a cell whose
 * value is a section text (as DS exported it: HTML-escaped, CRLF line breaks) is stored as a reference to that
 * section's column plus the few edits that rebuild it exactly ({@link TextPatch}); any other cell is stored as it
 * is. Read and written whole with its dossier and its texts, it costs one column instead of sixty rows per dossier.
 *
 * <p>Format {@code R2|}, then per cell, length-prefixed so that nothing needs escaping: the header
 * {@code <n>:<header>}, {@code +} (known column) or {@code -}, then the value, either {@code L<n>:<value>} or
 * {@code S<section 0–9><mode><n>:<script>}, the mode saying how the section is written before the edits apply:
 * {@code n} as it is, {@code r} with CRLF line breaks, {@code h} with {@code & < >} HTML-escaped as DS's sanitizer
 * did before 2025, {@code b} both. Rows
 * written before V016 were JSON, {@code [[header, value, known], …]}, and are still read.
 */
final class RawRowCodec {

    private static final String FORMAT = "R2|";
    /** The ways a section is written before the edits, by their bits: none, CRLF, HTML-escaped, both. */
    private static final String MODES = "nrhb";

    private static final int CRLF = 1;
    private static final int HTML = 2;
    /** Shorter values are stored as they are: a reference would save nothing. */
    private static final int MIN_REFERENCED = 24;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final TypeReference<List<List<Object>>> TRIPLES = new TypeReference<>() {};

    private RawRowCodec() {}

    /** The stored form of the cells, referring to {@code sections} (the ten section texts, in section order). */
    static String encode(List<RawCell> cells, List<String> sections) {
        StringBuilder out = new StringBuilder(FORMAT);
        String[][] bases = new String[sections.size()][];
        for (RawCell cell : cells) {
            out.append(cell.header().length()).append(':').append(cell.header()).append(cell.known() ? '+' : '-');
            String value = cell.value();
            if (value.length() < MIN_REFERENCED || !reference(value, sections, bases, out)) {
                out.append('L').append(value.length()).append(':').append(value);
            }
        }
        return out.toString();
    }

    /** Appends a reference to the section the value is nearly equal to; false when there is none. */
    private static boolean reference(String value, List<String> sections, String[][] bases, StringBuilder out) {
        int guess = (value.indexOf('\r') >= 0 ? CRLF : 0) | (escaped(value) ? HTML : 0);
        for (int k = 0; k < sections.size(); k++) {
            String text = sections.get(k);
            if (text == null || text.isEmpty() || !plausible(text, value)) {
                continue;
            }
            for (int mode : guess == 0 ? new int[] {0} : new int[] {guess, 0}) {
                if (bases[k] == null) {
                    bases[k] = new String[MODES.length()];
                }
                if (bases[k][mode] == null) {
                    bases[k][mode] = base(text, mode);
                }
                String base = bases[k][mode];
                String script = value.equals(base) ? "" : TextPatch.diff(base, value);
                if (script != null) {
                    out.append('S')
                            .append(k)
                            .append(MODES.charAt(mode))
                            .append(script.length())
                            .append(':')
                            .append(script);
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean escaped(String value) {
        return value.contains("&amp;") || value.contains("&lt;") || value.contains("&gt;");
    }

    /** The section text written as DS's exports write it in this mode. */
    private static String base(String text, int mode) {
        String base = text;
        if ((mode & HTML) != 0) {
            base = base.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        }
        if ((mode & CRLF) != 0) {
            base = base.replace("\n", "\r\n");
        }
        return base;
    }

    /** A cheap test before a diff: similar lengths, same first characters unless DS escaped one of them. */
    private static boolean plausible(String text, String value) {
        if (value.length() + 32 < text.length() || value.length() > 2 * text.length() + 64) {
            return false;
        }
        int head = Math.min(8, Math.min(text.length(), value.length()));
        for (int i = 0; i < head; i++) {
            char c = value.charAt(i);
            if (c == '&' || c == '\r') {
                return true;
            }
            if (c != text.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The cells of a stored row, rebuilt with the dossier's ten section texts (in section order). */
    static List<RawCell> decode(String stored, List<String> sections) {
        if (!stored.startsWith(FORMAT)) {
            return decodeJson(stored);
        }
        try {
            List<RawCell> cells = new ArrayList<>(48);
            int[] at = {FORMAT.length()};
            while (at[0] < stored.length()) {
                String header = counted(stored, at, number(stored, at, ':'));
                boolean known = stored.charAt(at[0]++) == '+';
                char kind = stored.charAt(at[0]++);
                String value;
                if (kind == 'L') {
                    value = counted(stored, at, number(stored, at, ':'));
                } else if (kind == 'S') {
                    String text = sections.get(stored.charAt(at[0]++) - '0');
                    int mode = MODES.indexOf(stored.charAt(at[0]++));
                    if (mode < 0) {
                        throw new IllegalArgumentException("unknown mode " + stored.charAt(at[0] - 1));
                    }
                    String base = base(text, mode);
                    String script = counted(stored, at, number(stored, at, ':'));
                    value = script.isEmpty() ? base : TextPatch.apply(base, script);
                } else {
                    throw new IllegalArgumentException("unknown cell kind " + kind);
                }
                cells.add(new RawCell(header, value, known));
            }
            return cells;
        } catch (RuntimeException e) {
            throw new StoreException("Raw row of a dossier is damaged in the workspace", e);
        }
    }

    private static int number(String stored, int[] at, char end) {
        int stop = stored.indexOf(end, at[0]);
        int n = Integer.parseInt(stored, at[0], stop, 10);
        at[0] = stop + 1;
        return n;
    }

    private static String counted(String stored, int[] at, int length) {
        String text = stored.substring(at[0], at[0] + length);
        at[0] += length;
        return text;
    }

    /** A row stored as JSON before V016. */
    static List<RawCell> decodeJson(String json) {
        try {
            List<RawCell> cells = new ArrayList<>();
            for (List<Object> triple : JSON.readValue(json, TRIPLES)) {
                cells.add(new RawCell((String) triple.get(0), (String) triple.get(1), (Boolean) triple.get(2)));
            }
            return cells;
        } catch (JsonProcessingException e) {
            throw new StoreException("Raw row of a dossier is damaged in the workspace", e);
        }
    }
}
