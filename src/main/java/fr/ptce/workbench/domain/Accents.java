package fr.ptce.workbench.domain;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * The one accent folding of the workbench: « Œuvre à Saint-Étienne » → « OEuvre a Saint-Etienne ». Labels, search,
 * legal forms, file names and command-line values all fold through it, so that they agree on every letter.
 */
public final class Accents {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private Accents() {}

    /** The text without combining marks, the ligatures œ and æ written out; null gives "". Case is kept. */
    public static String strip(String text) {
        if (text == null) {
            return "";
        }
        String folded =
                MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("");
        return folded.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
    }
}
