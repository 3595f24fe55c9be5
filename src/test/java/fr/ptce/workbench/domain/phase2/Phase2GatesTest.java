package fr.ptce.workbench.domain.phase2;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Who may be decided on in phase 2, and what a laureate proposal needs an override for. */
class Phase2GatesTest {

    private static final Phase2Checks ON_TIME =
            new Phase2Checks(true, List.of(), List.of(), Map.of(), false, List.of(), null);
    private static final Phase2Checks LATE =
            new Phase2Checks(false, List.of(), List.of(), Map.of(), false, List.of(), null);

    private static Phase1Link link(LinkProblem... problems) {
        return new Phase1Link("12", Optional.empty(), List.of(problems));
    }

    @Test
    void anInvitedDossierWithItsSiretMayBeDecidedAndProposed() {
        assertEquals(List.of(), Phase2Gates.decisionRefusals(link()));
        assertEquals(List.of(), Phase2Gates.laureateRefusals(link(), ON_TIME));
        assertEquals(
                List.of(),
                Phase2Gates.decisionRefusals(link(LinkProblem.SIRET_UNKNOWN)),
                "PESSII's workspace may know phase 1 by the avis only");
    }

    @Test
    void aDossierNotInvitedCannotBeDecidedOn() {
        assertEquals(
                List.of(LinkProblem.NOT_INVITED.reason()), Phase2Gates.decisionRefusals(link(LinkProblem.NOT_INVITED)));
        assertEquals(
                1,
                Phase2Gates.decisionRefusals(link(LinkProblem.UNKNOWN_NUMBER)).size());
        assertEquals(
                1,
                Phase2Gates.decisionRefusals(link(LinkProblem.INVITATION_UNKNOWN))
                        .size());
    }

    @Test
    void aLateDossierOrAnotherSiretNeedsAnOverrideToBeLaureate() {
        List<String> reasons = Phase2Gates.laureateRefusals(link(LinkProblem.SIRET_MISMATCH), LATE);

        assertEquals(2, reasons.size());
        assertEquals("dossier additionnel déposé hors délai", reasons.get(0));
        String message = Phase2Gates.message("6100111", "proposition comme lauréat de la phase\u00a02", reasons);
        assertTrue(
                message.startsWith("Dossier de phase\u00a02 n°\u00a06100111\u00a0: proposition comme lauréat de la"
                        + " phase\u00a02 refusée — dossier additionnel déposé hors délai\u00a0; "),
                message);
    }
}
