package fr.ptce.workbench.domain.phase2;

import static fr.ptce.workbench.domain.phase2.Phase2Fixtures.complete;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class Phase1LinkTest {

    private static final Phase2Dossier DOSSIER = complete(List.of());

    @Test
    void anInvitedDossierWithTheSameSiretLinksWithoutProblem() {
        Phase1Link link = Phase1Link.of(DOSSIER, known(DOSSIER.siret(), true), true);

        assertTrue(link.found());
        assertEquals(List.of(), link.problems());
        assertNull(link.reason());
    }

    @Test
    void aWrongSiretIsFlaggedAndStillFound() {
        Phase1Link link = Phase1Link.of(DOSSIER, known("98765432100019", true), true);

        assertTrue(link.found(), "the window can still open the phase-1 dossier");
        assertEquals(List.of(LinkProblem.SIRET_MISMATCH), link.problems());
        assertEquals("SIRET différent de celui du dossier de phase 1", link.reason());
    }

    @Test
    void anUnknownNumberIsFlagged() {
        Phase1Link link = Phase1Link.of(DOSSIER, Map.of(), true);

        assertEquals(List.of(LinkProblem.UNKNOWN_NUMBER), link.problems());
        assertEquals("1234567", link.phase1Number());
    }

    @Test
    void aDossierNotInvitedIsFlaggedOnlyWhenDecisionsAreRecorded() {
        assertEquals(
                List.of(LinkProblem.NOT_INVITED),
                Phase1Link.of(DOSSIER, known(DOSSIER.siret(), false), true).problems());
        assertEquals(
                List.of(LinkProblem.INVITATION_UNKNOWN),
                Phase1Link.of(DOSSIER, known(DOSSIER.siret(), false), false).problems());
    }

    @Test
    void aPhaseOneDossierKnownOnlyByItsAvisCannotBeCheckedBySiret() {
        Map<String, Phase1Record> avisOnly =
                Map.of("1234567", new Phase1Record("1234567", Phase1Record.Source.CONSOLIDATED_AVIS, null, true));

        Phase1Link link = Phase1Link.of(DOSSIER, avisOnly, true);

        assertEquals(List.of(LinkProblem.SIRET_UNKNOWN), link.problems());
        assertEquals(
                Phase1Record.Source.CONSOLIDATED_AVIS,
                link.phase1().orElseThrow().source());
    }

    @Test
    void noPhaseOneNumberIsFlagged() {
        Phase2Dossier none = new Phase2Dossier(
                "9", null, null, null, Map.of(), null, null, null, null, null, null, List.of(), false);

        assertEquals(
                List.of(LinkProblem.NO_NUMBER),
                Phase1Link.of(none, Map.of(), true).problems());
    }

    private static Map<String, Phase1Record> known(String siret, boolean invited) {
        return Map.of("1234567", new Phase1Record("1234567", Phase1Record.Source.DS_EXPORT, siret, invited));
    }
}
