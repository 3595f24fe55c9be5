package fr.ptce.workbench.ui.list;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.DossierState;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import org.junit.jupiter.api.Test;

class DossierFilterTest {

    private final DossierSummary ecotone = new DossierSummary(
            "5019941",
            "Campus Tiers-lieu du territoire de Saint-Leu",
            "Coopérative Écotone",
            "La Réunion",
            DossierState.EN_CONSTRUCTION,
            false,
            null);
    private final DossierSummary nameless = new DossierSummary("5074121", null, null, null, null, false, null);

    @Test
    void ignoresCaseAndAccents() {
        assertTrue(DossierFilter.matching("REUNION").test(ecotone));
        assertTrue(DossierFilter.matching("écotone").test(ecotone));
        assertTrue(DossierFilter.matching("ecotone").test(ecotone));
        assertTrue(DossierFilter.matching("la réunion").test(ecotone));
    }

    @Test
    void everyWordMustMatchSomewhere() {
        assertTrue(DossierFilter.matching("saint-leu cooperative").test(ecotone));
        assertFalse(DossierFilter.matching("saint-leu bretagne").test(ecotone));
    }

    @Test
    void matchesTheDossierNumber() {
        assertTrue(DossierFilter.matching("50199").test(ecotone));
        assertFalse(DossierFilter.matching("4847721").test(ecotone));
    }

    @Test
    void blankTextKeepsEveryDossierAndMissingFieldsNeverFail() {
        assertTrue(DossierFilter.matching("  ").test(nameless));
        assertTrue(DossierFilter.matching(null).test(ecotone));
        assertFalse(DossierFilter.matching("projet").test(nameless));
        assertTrue(DossierFilter.matching("5074121").test(nameless));
    }
}
