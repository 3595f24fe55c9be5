package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.domain.Progress;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.search.SearchIndex;
import fr.ptce.workbench.domain.search.SearchQuery;
import fr.ptce.workbench.persistence.Database;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Builds the search index of the workspace's dossiers: number, project, structure and region matched anywhere,
 * section texts and commune names by word prefix. Meant to run away from the screen (about a second for 5,000
 * dossiers); the index is then queried while the user types. The texts stream one dossier at a time.
 */
public final class SearchDossiers {

    private final Database database;

    public SearchDossiers(Database database) {
        this.database = database;
    }

    /** The index of every dossier of the workspace now. */
    public SearchIndex index(Progress progress) {
        return database.inTransaction(r -> {
            Map<String, DossierSummary> summaries = new HashMap<>();
            r.dossiers().summaries().forEach(s -> summaries.put(s.number(), s));
            SearchIndex.Builder builder = new SearchIndex.Builder();
            int total = summaries.size();
            int[] done = {0};
            r.dossiers().forEachSearchText((number, texts) -> {
                DossierSummary summary = summaries.get(number);
                builder.add(number, summary == null ? List.of() : shortFields(summary), texts);
                done[0]++;
                if (done[0] % 500 == 0 || done[0] == total) {
                    progress.update(done[0], total, "Indexation de la recherche…");
                }
            });
            return builder.build();
        });
    }

    /** The predicate on the dossier list for a typed text, to combine with other filters. */
    public static Predicate<DossierSummary> matching(SearchIndex index, String typed) {
        Predicate<String> numbers = index.matching(SearchQuery.of(typed));
        return summary -> numbers.test(summary.number());
    }

    private static List<String> shortFields(DossierSummary summary) {
        return Arrays.asList(summary.projectName(), summary.structureName(), summary.region());
    }
}
