package fr.ptce.workbench.domain.dossier;

import fr.ptce.workbench.domain.Accents;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Folds a column header or champ label so that two spellings of the same champ compare equal: case, accents,
 * apostrophes, runs of white space and one trailing parenthesised note are ignored (formats.md §2.4).
 */
public final class LabelFolding {

    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");
    private static final Pattern TRAILING_NOTE = Pattern.compile("\\s*\\([^()]*\\)\\s*[?:.]?$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("\\s*[?:.]$");

    private LabelFolding() {}

    /** The folded form of a label, used only for comparison. */
    public static String fold(String label) {
        if (label == null) {
            return "";
        }
        String text = Accents.strip(label);
        text = APOSTROPHES.matcher(text).replaceAll("'");
        text = SPACES.matcher(text).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
        text = TRAILING_NOTE.matcher(text).replaceFirst("");
        text = TRAILING_PUNCTUATION.matcher(text).replaceFirst("");
        return text.trim();
    }
}
