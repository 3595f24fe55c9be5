package fr.ptce.workbench.ui;

import fr.ptce.workbench.domain.dossier.DossierSummary;
import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quick filter of the dossier list: every word typed must appear in the dossier's number, project,
 * structure or region, ignoring case and accents ("rhone" finds "Auvergne-Rhône-Alpes").
 */
public final class DossierFilter {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("[’‘`´ʼ]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");

    private DossierFilter() {
    }

    /** The predicate for a typed text; blank text keeps every dossier. */
    public static Predicate<DossierSummary> matching(String text) {
        List<String> words = Arrays.stream(SPACES.split(fold(text))).filter(w -> !w.isEmpty()).toList();
        if (words.isEmpty()) {
            return summary -> true;
        }
        return summary -> {
            String haystack = haystack(summary);
            return words.stream().allMatch(haystack::contains);
        };
    }

    /** Lower case without accents, ligatures or typographic apostrophes, for comparison only. */
    static String fold(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFD);
        folded = MARKS.matcher(folded).replaceAll("");
        folded = folded.replace("œ", "oe").replace("Œ", "OE").replace("æ", "ae").replace("Æ", "AE");
        folded = APOSTROPHES.matcher(folded).replaceAll("'");
        return SPACES.matcher(folded).replaceAll(" ").toLowerCase(Locale.ROOT);
    }

    private static String haystack(DossierSummary summary) {
        return Stream.of(summary.number(), summary.projectName(), summary.structureName(), summary.region())
                .map(DossierFilter::fold).collect(Collectors.joining(" | "));
    }
}
