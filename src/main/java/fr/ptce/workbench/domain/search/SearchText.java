package fr.ptce.workbench.domain.search;

import fr.ptce.workbench.domain.Accents;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How the search compares text: lower case, without accents, ligatures or typographic apostrophes, so that
 * "rhone" finds "Auvergne-Rhône-Alpes" and "oeuvre" finds "Œuvre". Words are runs of letters and digits.
 */
public final class SearchText {

    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
    /** The folded form of each character of Latin-1 and Latin Extended-A/B, computed once. */
    private static final String[] TABLE = table();

    private SearchText() {}

    private static String[] table() {
        String[] table = new String[0x250];
        for (char c = 0; c < table.length; c++) {
            table[c] = foldSlow(String.valueOf(c));
        }
        return table;
    }

    /** The folded text, runs of white space made one space; null gives "". */
    public static String fold(String text) {
        return text == null ? "" : foldSlow(text);
    }

    private static String foldSlow(String text) {
        String folded = Accents.strip(text);
        folded = APOSTROPHES.matcher(folded).replaceAll("'");
        return SPACES.matcher(folded).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    /** The words of a text, folded, in order (repeats kept). */
    public static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        forEachWord(text, (start, end, word) -> words.add(word));
        return words;
    }

    /** Receives each word of a text: its start and end in the original text, and its folded form. */
    @FunctionalInterface
    public interface WordConsumer {
        void accept(int start, int end, String folded);
    }

    /** Calls the consumer for each word of the text (null or empty text: never). */
    public static void forEachWord(String text, WordConsumer consumer) {
        if (text == null) {
            return;
        }
        StringBuilder word = new StringBuilder(32);
        int start = -1;
        int length = text.length();
        for (int i = 0; i <= length; i++) {
            char c = i < length ? text.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK && start >= 0) {
                if (start < 0) {
                    start = i;
                }
                append(c, word);
            } else if (start >= 0) {
                consumer.accept(start, i, word.toString());
                word.setLength(0);
                start = -1;
            }
        }
    }

    private static void append(char c, StringBuilder word) {
        if (c < 0x80) {
            word.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else if (c < TABLE.length) {
            word.append(TABLE[c]);
        } else if (Character.getType(c) != Character.NON_SPACING_MARK) {
            word.append(Character.toLowerCase(c));
        }
    }
}
