package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.search.SearchText;
import java.util.Arrays;
import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The quick filter of the dossier list while the search index is not built yet: every word typed must appear in
 * the dossier's number, project, structure or region, ignoring case and accents ("rhone" finds
 * "Auvergne-Rhône-Alpes"). Once built, {@link fr.ptce.workbench.application.listing.SearchDossiers} also searches
 * texts.
 */
public final class DossierFilter {

    private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u202F\\u2007]+");

    private DossierFilter() {}

    /** The predicate for a typed text; blank text keeps every dossier. */
    public static Predicate<DossierSummary> matching(String text) {
        List<String> words = Arrays.stream(SPACES.split(fold(text)))
                .filter(w -> !w.isEmpty())
                .toList();
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
        return SearchText.fold(text);
    }

    private static String haystack(DossierSummary summary) {
        return Stream.of(summary.number(), summary.projectName(), summary.structureName(), summary.region())
                .map(DossierFilter::fold)
                .collect(Collectors.joining(" | "));
    }
}
