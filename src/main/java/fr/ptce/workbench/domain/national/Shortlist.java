package fr.ptce.workbench.domain.national;

import fr.ptce.workbench.domain.campaign.Campaign;
import java.util.Collection;

/**
 * The counters of PESSII's proposals and the cabinet's decisions, as the call counts them: phase-1 laureates (no
 * money, no cap) and phase-1 laureates invited to phase 2 (« 15 à 20 », from the campaign).
 */
public final class Shortlist {

    private Shortlist() {}

    /** The counters of a set of decisions (one per dossier) against the campaign's target. */
    public static ShortlistCounters counters(Collection<NationalDecision> decisions, Campaign campaign) {
        return new ShortlistCounters(
                (int) decisions.stream().filter(NationalDecision::laureate).count(),
                (int) decisions.stream()
                        .filter(NationalDecision::decidedLaureate)
                        .count(),
                (int) decisions.stream().filter(NationalDecision::invited).count(),
                (int) decisions.stream()
                        .filter(NationalDecision::decidedInvited)
                        .count(),
                campaign.invitedMin(),
                campaign.invitedMax());
    }
}
