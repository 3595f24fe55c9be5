package fr.ptce.workbench.domain.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.ptce.workbench.domain.dossier.Admissibility;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.Test;

class EligibilityTest {

    @Test
    void fourMetOfSevenIsEligibleAndEnPerspectiveCountsAsMet() {
        Eligibility e = Eligibility.NONE
                .with(EligibilityCriterion.EL1, EligibilityAnswer.OUI, null)
                .with(EligibilityCriterion.EL2, EligibilityAnswer.OUI, null)
                .with(EligibilityCriterion.EL3, EligibilityAnswer.EN_PERSPECTIVE, "d'ici 2023")
                .with(EligibilityCriterion.EL4, EligibilityAnswer.NON, null)
                .with(EligibilityCriterion.EL5, EligibilityAnswer.NON, null);
        assertEquals(3, e.met());
        assertEquals(5, e.answered());
        assertFalse(e.eligible());
        Eligibility four = e.with(EligibilityCriterion.EL6, EligibilityAnswer.EN_PERSPECTIVE, null);
        assertEquals(4, four.met());
        assertTrue(four.eligible());
        assertEquals(
                "d'ici 2023",
                four.answer(EligibilityCriterion.EL3).orElseThrow().note());
    }

    @Test
    void threeOuiAndFourNonIsNotEligible() {
        Eligibility e = Eligibility.NONE;
        for (EligibilityCriterion c : EligibilityCriterion.values()) {
            e = e.with(c, c.ordinal() < 3 ? EligibilityAnswer.OUI : EligibilityAnswer.NON, null);
        }
        assertEquals(7, e.answered());
        assertEquals(3, e.met());
        assertFalse(e.eligible());
    }

    @Test
    void clearingAnAnswerWithoutNoteRemovesIt() {
        Eligibility e = Eligibility.NONE
                .with(EligibilityCriterion.EL7, EligibilityAnswer.OUI, null)
                .with(EligibilityCriterion.EL7, null, " ");
        assertEquals(0, e.answered());
        assertTrue(e.answer(EligibilityCriterion.EL7).isEmpty());
        assertEquals("en perspective", EligibilityAnswer.EN_PERSPECTIVE.label());
    }

    @Test
    void fragileTerritoryOrEmergingCooperationAllowsPhase2() {
        assertTrue(new Targets(false, true, null).allowPhase2());
        assertTrue(new Targets(false, false, true).allowPhase2());
        assertFalse(new Targets(true, false, false).allowPhase2());
        assertFalse(Targets.NONE.allowPhase2());
    }

    @Test
    void overrideWithoutWrittenReasonIsRefused() {
        OffsetDateTime at = OffsetDateTime.parse("2021-12-01T10:00:00+01:00");
        IllegalArgumentException e = assertThrows(
                IllegalArgumentException.class,
                () -> new AdmissibilityOverride("123", Admissibility.RECEVABLE, "  ", "Marie", at));
        assertTrue(e.getMessage().contains("motivée"));
        assertEquals(
                "pièce reçue par courriel",
                new AdmissibilityOverride("123", Admissibility.RECEVABLE, " pièce reçue par courriel ", "Marie", at)
                        .reason());
    }
}
