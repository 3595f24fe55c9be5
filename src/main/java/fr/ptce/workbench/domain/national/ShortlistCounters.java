package fr.ptce.workbench.domain.national;

/**
 * The live counters of the national decisions: phase-1 laureates proposed by PESSII and decided by the cabinet (no
 * money is attached to phase 1), and dossiers invited to phase 2 against the campaign's target (« 15 à 20 »).
 */
public record ShortlistCounters(
        int proposedLaureates,
        int decidedLaureates,
        int proposedInvited,
        int decidedInvited,
        int invitedMin,
        int invitedMax) {

    /** Whether the number proposed for the invitation is within the campaign's target. */
    public boolean invitedWithinTarget() {
        return proposedInvited >= invitedMin && proposedInvited <= invitedMax;
    }

    /** E.g. {@code Lauréats de la phase 1 : 18 proposés, 0 décidé par le cabinet}. */
    public String describeLaureates() {
        return "Lauréats de la phase\u00a01\u00a0: " + proposedLaureates + " proposé" + plural(proposedLaureates) + ", "
                + decidedLaureates + " décidé" + plural(decidedLaureates) + " par le cabinet";
    }

    /** E.g. {@code Invités en phase 2 : 12 proposés (objectif 15 à 20), 0 décidé par le cabinet}. */
    public String describeInvited() {
        return "Invités en phase\u00a02\u00a0: " + proposedInvited + " proposé" + plural(proposedInvited)
                + " (objectif " + invitedMin + " à " + invitedMax + ")" + ", " + decidedInvited + " décidé"
                + plural(decidedInvited) + " par le cabinet";
    }

    private static String plural(int n) {
        return n > 1 ? "s" : "";
    }
}
