package fr.ptce.workbench.application.listing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.application.TestWorkspaces;
import fr.ptce.workbench.application.Workspace;
import fr.ptce.workbench.application.listing.ListFilter.AvisCriterion;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.StoreEngine;
import fr.ptce.workbench.persistence.TestStores;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.ArgumentsSource;

@ParameterizedClass(name = "{0}")
@ArgumentsSource(TestStores.Engines.class)
class ListFilterTest {

    private final StoreEngine engine;

    ListFilterTest(StoreEngine engine) {
        this.engine = engine;
    }

    private static final DossierSummary BREIZH = new DossierSummary(
            "1", "Recyclerie", "Asso", "Bretagne", DossierState.EN_INSTRUCTION, false, Admissibility.RECEVABLE);
    private static final DossierSummary CREUSE = new DossierSummary(
            "2",
            "Tiers-lieu",
            "SCIC",
            "Nouvelle-Aquitaine",
            DossierState.EN_CONSTRUCTION,
            false,
            Admissibility.INCOMPLET);
    private static final Map<String, DossierFacet> FACETS = Map.of(
            "1", new DossierFacet(true, Recommendation.FAVORABLE, new Targets(true, false, true), 0, "Vague 1", false),
            "2", new DossierFacet(false, null, new Targets(false, true, null), 2, "Au fil de l'eau", true));

    @TempDir
    Path folder;

    private static List<String> kept(ListFilter filter) {
        Predicate<DossierSummary> p = filter.predicate(FACETS::get);
        return java.util.stream.Stream.of(BREIZH, CREUSE)
                .filter(p)
                .map(DossierSummary::number)
                .toList();
    }

    @Test
    void eachCriterionFiltersAndTheyCombine() {
        assertEquals(List.of("1", "2"), kept(ListFilter.NONE));
        assertEquals(List.of("1"), kept(new ListFilter("Bretagne", null, null, null, null, null, null)));
        assertEquals(
                List.of("2"), kept(new ListFilter(null, DossierState.EN_CONSTRUCTION, null, null, null, null, null)));
        assertEquals(List.of("2"), kept(new ListFilter(null, null, Admissibility.INCOMPLET, null, null, null, null)));
        assertEquals(List.of("2"), kept(new ListFilter(null, null, null, false, null, null, null)));
        assertEquals(List.of("2"), kept(new ListFilter(null, null, null, null, AvisCriterion.WITHOUT, null, null)));
        assertEquals(List.of("1"), kept(new ListFilter(null, null, null, null, AvisCriterion.FAVORABLE, null, null)));
        assertEquals(List.of(), kept(new ListFilter(null, null, null, null, AvisCriterion.UNFAVORABLE, null, null)));
        assertEquals(List.of("1"), kept(new ListFilter(null, null, null, null, null, "c", null)));
        assertEquals(List.of("2"), kept(new ListFilter(null, null, null, null, null, "b", null)));
        assertEquals(List.of("2"), kept(new ListFilter(null, null, null, null, null, null, true)));
        // combined: AND
        assertEquals(List.of(), kept(new ListFilter("Bretagne", null, null, null, null, null, true)));
        assertEquals(
                List.of("1"),
                kept(new ListFilter("Bretagne", null, Admissibility.RECEVABLE, true, AvisCriterion.WITH, "a", false)));
    }

    @Test
    void theWaveAndPessiisDisagreementFilter() {
        assertEquals(
                List.of("2"), kept(new ListFilter(null, null, null, null, null, null, null, "Au fil de l'eau", null)));
        assertEquals(List.of("1"), kept(new ListFilter(null, null, null, null, null, null, null, "Vague 1", null)));
        assertEquals(List.of("2"), kept(new ListFilter(null, null, null, null, null, null, null, null, true)));
        assertEquals(List.of("1"), kept(new ListFilter(null, null, null, null, null, null, null, null, false)));
        ListFilter both = new ListFilter(null, null, null, null, null, null, null, "Au fil de l'eau", true);
        assertEquals(both, ListFilter.decode(both.encode()));
        assertTrue(both.needsFacets());
    }

    @Test
    void andedWithTheSearchPredicate() {
        Predicate<DossierSummary> search = d -> d.projectName().startsWith("Re");
        Predicate<DossierSummary> both =
                search.and(new ListFilter(null, null, null, true, null, null, null).predicate(FACETS::get));
        assertTrue(both.test(BREIZH));
        assertFalse(both.test(CREUSE));
    }

    @Test
    void theTextFormReadsBackTheSameFilter() {
        ListFilter filter = new ListFilter(
                "Provence-Alpes-Côte d'Azur & Corse=",
                DossierState.ACCEPTE,
                Admissibility.HORS_DELAI,
                false,
                AvisCriterion.FAVORABLE_WITH_RESERVATIONS,
                "b",
                true);
        assertEquals(filter, ListFilter.decode(filter.encode()));
        assertEquals("", ListFilter.NONE.encode());
        assertEquals(ListFilter.NONE, ListFilter.decode(""));
        // a later version's unknown keys and values are ignored
        assertEquals(
                new ListFilter(null, null, null, true, null, null, null),
                ListFilter.decode("scored=true&state=ARCHIVE&colour=blue&target=z"));
    }

    @Test
    void theFacetsOfAScoredWorkspace() {
        try (Workspace workspace = TestWorkspaces.open(engine, Clock.systemUTC())) {
            List<String> numbers = DashboardSample.fill(workspace, folder);
            Map<String, DossierFacet> facets = workspace.listFacets().all();
            assertEquals(12, facets.size());
            DossierFacet first = facets.get(numbers.get(0));
            assertTrue(first.scored());
            assertEquals(Recommendation.FAVORABLE, first.recommendation());
            assertEquals(new Targets(true, true, true), first.targets());
            assertFalse(facets.get(numbers.get(5)).scored());
            assertTrue(facets.values().stream().anyMatch(f -> f.overLimitSections() > 0));
        }
    }
}
