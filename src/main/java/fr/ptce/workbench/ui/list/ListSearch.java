package fr.ptce.workbench.ui.list;

import fr.ptce.workbench.application.listing.SearchDossiers;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.search.SearchIndex;
import fr.ptce.workbench.domain.search.SearchQuery;
import java.util.function.Predicate;
import javafx.beans.property.ObjectProperty;
import javafx.collections.transformation.FilteredList;

/** The search box over the dossier list: through the search index once built, the list's fields before. */
public final class ListSearch {

    private ListSearch() {}

    /** Filters the list by the typed text AND the list's other filters, and highlights the words in the reader. */
    public static void apply(
            String text,
            SearchIndex index,
            Predicate<DossierSummary> filters,
            FilteredList<DossierSummary> list,
            ObjectProperty<SearchQuery> highlight) {
        Predicate<DossierSummary> search =
                index == null ? DossierFilter.matching(text) : SearchDossiers.matching(index, text);
        list.setPredicate(search.and(filters));
        highlight.set(SearchQuery.of(text));
    }
}
