package fr.ptce.workbench.domain.national;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class DecisionGatesTest {

    private static final LocalDateTime JUNE = LocalDateTime.of(2021, 6, 1, 10, 0);

    private static RegionalAvisRow row(
            String admissibility, String wave, Integer eligibilityMet, Boolean b, Boolean c) {
        return NationalRankingTest.row("12", "70", "30", "20", "20", JUNE, b, c, admissibility, wave, eligibilityMet);
    }

    @Test
    void aRecevableEligibleDossierMayBeProposedLaureate() {
        assertEquals(List.of(), french(DecisionGates.laureateRefusals(row("recevable", "Vague 1", 4, false, false))));
    }

    @Test
    void anIncompleteDossierIsRefusedAsLaureateWithItsReason() {
        assertEquals(
                List.of("non recevable\u00a0: incomplet"),
                french(DecisionGates.laureateRefusals(row("incomplet", "Vague 1", 6, true, true))));
    }

    @Test
    void aLateCompleteDossierInTheRollingTrackIsNotRefused() {
        assertEquals(
                List.of(), french(DecisionGates.laureateRefusals(row("hors délai", "Au fil de l'eau", 5, true, null))));
    }

    @Test
    void aLateDossierNoWaveTakesIsRefusedAsHorsDelai() {
        assertEquals(
                List.of("non recevable\u00a0: hors délai (aucune vague ne le reçoit)"),
                french(DecisionGates.laureateRefusals(row("Hors délai", null, 5, true, null))));
    }

    @Test
    void eligibilityNotGivenOrBelowTheMajorityIsRefused() {
        assertEquals(
                List.of("éligibilité non renseignée par la région"),
                french(DecisionGates.laureateRefusals(row("recevable", "Vague 1", null, true, null))));
        assertEquals(
                List.of("non éligible\u00a0: 3 critères sur 7 remplis, il en faut 4"),
                french(DecisionGates.laureateRefusals(row("recevable", "Vague 1", 3, true, null))));
        assertEquals(
                List.of(
                        "recevabilité non renseignée par la région",
                        "non éligible\u00a0: 1 critère sur 7" + " rempli, il en faut 4"),
                french(DecisionGates.laureateRefusals(row(null, "Vague 1", 1, true, null))));
    }

    @Test
    void aLaureateMeetingTargetBOrCMayBeInvited() {
        assertEquals(List.of(), french(DecisionGates.inviteRefusals(row("recevable", "Vague 1", 5, true, false))));
        assertEquals(List.of(), french(DecisionGates.inviteRefusals(row("recevable", "Vague 1", 5, false, true))));
        assertEquals(
                List.of("il ne répond ni à la cible b) ni à la cible c) selon l'avis de la région"),
                french(DecisionGates.inviteRefusals(row("recevable", "Vague 1", 5, false, null))));
    }

    @Test
    void aRefusalMessageNamesTheDossierAndEveryReason() {
        assertEquals(
                "Dossier n°\u00a012\u00a0: invitation en phase 2 refusée — a\u00a0; b.",
                DecisionGates.message("12", "invitation en phase 2", List.of("a", "b")));
    }

    @Test
    void withdrawingTheLaureateWithdrawsTheInvitationAndItsOverride() {
        NationalDecision invited =
                NationalDecision.none("12").withLaureate(true, "motif").withInvited(true, "autre motif");
        NationalDecision withdrawn = invited.withLaureate(false, null);
        assertEquals(false, withdrawn.invited());
        assertEquals(null, withdrawn.laureateOverride());
        assertEquals(null, withdrawn.inviteOverride());
    }

    @Test
    void aFavorableAvisOnADossierNotRecevableOrNotEligibleIsFlagged() {
        RegionalAvisRow incomplete =
                NationalRankingTest.row("12", "70", "30", "20", "20", JUNE, true, null, "incomplet", "Vague 1", 2);
        assertEquals(
                List.of(
                        "avis favorable sur un dossier non recevable (incomplet)",
                        "avis favorable sur un dossier non éligible (2/7 critères)"),
                incomplete.alerts().stream()
                        .map(fr.ptce.workbench.domain.avis.AvisAlert::french)
                        .toList());
        assertEquals(
                List.of(
                        new fr.ptce.workbench.domain.avis.AvisAlert(
                                fr.ptce.workbench.domain.avis.AvisAlert.Kind.INCOMPLETE, null),
                        new fr.ptce.workbench.domain.avis.AvisAlert(
                                fr.ptce.workbench.domain.avis.AvisAlert.Kind.NOT_ELIGIBLE, 2)),
                incomplete.alerts(),
                "the alerts are data; each window words them");
        assertEquals(List.of(), row("recevable", "Vague 1", 5, true, null).alerts());
    }

    private static List<String> french(List<GateRefusal> refusals) {
        return refusals.stream().map(GateRefusal::french).toList();
    }

    @Test
    void refusalsAreDataTheWindowWordsInItsLanguage() {
        assertEquals(
                List.of(
                        new GateRefusal(GateRefusal.Kind.ADMISSIBILITY_UNKNOWN, null, null),
                        new GateRefusal(GateRefusal.Kind.NOT_ELIGIBLE, null, 1)),
                DecisionGates.laureateRefusals(row(null, "Vague 1", 1, true, null)));
    }
}
