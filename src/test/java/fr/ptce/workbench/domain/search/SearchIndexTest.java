package fr.ptce.workbench.domain.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SearchIndexTest {

    private final SearchIndex index = new SearchIndex.Builder()
            .add(
                    "5019941",
                    List.of("Campus Tiers-lieu de Saint-Leu", "Coopérative Écotone", "La Réunion"),
                    List.of("Une recyclerie solidaire dans la Creuse, ouverte en 2019.", "Guéret\nAubusson\n"))
            .add(
                    "5074121",
                    List.of("Légumerie du Trièves", "SCIC Œuvre commune", "Auvergne-Rhône-Alpes"),
                    List.of("Cuisine centrale et maraîchage : l'économie circulaire au cœur du projet."))
            .add("5100001", java.util.Arrays.asList(null, null, null), List.of())
            .build();

    @Test
    void findsWordsOfTheTextsByPrefixIgnoringCaseAndAccents() {
        assertEquals(List.of("5019941"), index.search(SearchQuery.of("RECYCL")));
        assertEquals(List.of("5019941"), index.search(SearchQuery.of("gueret")));
        assertEquals(List.of("5074121"), index.search(SearchQuery.of("Économie coeur")));
        assertEquals(List.of("5074121"), index.search(SearchQuery.of("maraichage")));
        assertEquals(List.of(), index.search(SearchQuery.of("cyclerie")), "texts match by word beginnings");
    }

    @Test
    void findsTheShortFieldsAnywhereAsTheQuickFilterDid() {
        assertEquals(List.of("5074121"), index.search(SearchQuery.of("rhone")));
        assertEquals(List.of("5074121"), index.search(SearchQuery.of("oeuvre")));
        assertEquals(List.of("5019941"), index.search(SearchQuery.of("saint-leu")));
        assertEquals(List.of("5019941"), index.search(SearchQuery.of("19941")));
    }

    @Test
    void everyTermMustMatchSomewhere() {
        assertEquals(List.of("5019941"), index.search(SearchQuery.of("réunion creuse")));
        assertEquals(List.of(), index.search(SearchQuery.of("réunion maraîchage")));
    }

    @Test
    void blankQueryKeepsEveryDossierAndUnknownNumbersNeverMatch() {
        assertEquals(3, index.search(SearchQuery.of("  ")).size());
        assertTrue(index.matching(SearchQuery.EMPTY).test("5100001"));
        assertFalse(index.matching(SearchQuery.of("creuse")).test("9999999"));
    }

    @Test
    void theReaderHighlightsTheWordsATermBegins() {
        SearchQuery query = SearchQuery.of("Recycl l'économie");
        assertTrue(query.highlights("recyclerie"));
        assertTrue(query.highlights("economie"));
        assertFalse(query.highlights("creuse"));
        assertEquals(List.of("l", "economie", "au", "coeur"), SearchText.words("L’Économie au Cœur"));
    }

    @Test
    void frequentAndRareWordsAreFoundAlikeWhateverTheirPostingsBecome() {
        SearchIndex.Builder builder = new SearchIndex.Builder();
        for (int i = 0; i < 1000; i++) {
            List<String> texts = new java.util.ArrayList<>(List.of("chantier partout"));
            if (i % 3 == 0) {
                texts.add("tiers-lieu");
            }
            if (i == 7 || i == 500 || i == 999) {
                texts.add("recyclerie");
            }
            builder.add("D" + i, List.of(), texts);
        }
        SearchIndex many = builder.build();
        assertEquals(1000, many.search(SearchQuery.of("chantier")).size());
        assertEquals(334, many.search(SearchQuery.of("tiers")).size());
        assertEquals(List.of("D7", "D500", "D999"), many.search(SearchQuery.of("recycl")));
        assertEquals(List.of("D999"), many.search(SearchQuery.of("recycl tiers partout")));
        assertEquals(List.of(), many.search(SearchQuery.of("absent")));
    }
}
