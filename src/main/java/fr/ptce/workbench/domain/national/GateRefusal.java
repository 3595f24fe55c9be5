package fr.ptce.workbench.domain.national;

import java.util.Objects;

/**
 * One condition of the call a PESSII proposal does not meet, as data: the window words it in its language,
 * {@link #french()} is the wording of the command line and the audit trail.
 *
 * @param admissibility the region's admissibility as written, for {@link Kind#ADMISSIBILITY_UNRECOGNISED}
 * @param eligibilityMet the criteria met, for {@link Kind#NOT_ELIGIBLE}
 */
public record GateRefusal(Kind kind, String admissibility, Integer eligibilityMet) {

    /** The condition not met. */
    public enum Kind {
        /** The region gave no admissibility. */
        ADMISSIBILITY_UNKNOWN,
        /** The region's admissibility is no known value. */
        ADMISSIBILITY_UNRECOGNISED,
        /** Not recevable: incomplete. */
        INCOMPLETE,
        /** Not recevable: late, and no wave takes it. */
        LATE,
        /** The region gave no eligibility. */
        ELIGIBILITY_UNKNOWN,
        /** Fewer than the majority of the 7 criteria met. */
        NOT_ELIGIBLE,
        /** Neither target (b) nor (c), as the region's avis says. */
        NO_TARGET
    }

    public GateRefusal {
        Objects.requireNonNull(kind, "kind");
    }

    static GateRefusal of(Kind kind) {
        return new GateRefusal(kind, null, null);
    }

    /** The refusal in French. */
    public String french() {
        return switch (kind) {
            case ADMISSIBILITY_UNKNOWN -> "recevabilité non renseignée par la région";
            case ADMISSIBILITY_UNRECOGNISED -> "recevabilité «\u00a0" + admissibility + "\u00a0» inconnue";
            case INCOMPLETE -> "non recevable\u00a0: incomplet";
            case LATE -> "non recevable\u00a0: hors délai (aucune vague ne le reçoit)";
            case ELIGIBILITY_UNKNOWN -> "éligibilité non renseignée par la région";
            case NOT_ELIGIBLE ->
                "non éligible\u00a0: " + eligibilityMet + " critère" + (eligibilityMet > 1 ? "s" : "") + " sur 7 rempli"
                        + (eligibilityMet > 1 ? "s" : "") + ", il en faut " + DecisionGates.ELIGIBILITY_MAJORITY;
            case NO_TARGET -> "il ne répond ni à la cible b) ni à la cible c) selon l'avis de la région";
        };
    }
}
