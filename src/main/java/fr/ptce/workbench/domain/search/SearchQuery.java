package fr.ptce.workbench.domain.search;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * What the user typed in the search box, folded: every term must match the dossier, either inside its number,
 * project, structure or region (anywhere, as the quick filter always did), or as the beginning of words of its
 * texts (sections and commune names): "recycl" finds "recyclerie", "creuse" finds "Creuse".
 *
 * @param terms the folded terms, whitespace-separated in the typed text; none for a blank text
 */
public record SearchQuery(List<String> terms) {

    private static final Pattern SPACE = Pattern.compile(" ");

    /** Every dossier matches the empty query. */
    public static final SearchQuery EMPTY = new SearchQuery(List.of());

    public SearchQuery {
        terms = List.copyOf(terms);
    }

    /** The query for a typed text; null or blank gives {@link #EMPTY}. */
    public static SearchQuery of(String typed) {
        return new SearchQuery(Arrays.stream(SPACE.split(SearchText.fold(typed)))
                .filter(t -> !t.isEmpty())
                .toList());
    }

    public boolean isEmpty() {
        return terms.isEmpty();
    }

    /** Whether a text's word (folded) begins with one of the words of a term: what the reader highlights. */
    public boolean highlights(String foldedWord) {
        for (String term : terms) {
            for (String word : SearchText.words(term)) {
                if (foldedWord.startsWith(word)) {
                    return true;
                }
            }
        }
        return false;
    }
}
