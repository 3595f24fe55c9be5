package fr.ptce.workbench.domain.national;

import fr.ptce.workbench.domain.Wording;
import java.util.Locale;
import java.util.Objects;

/**
 * One condition of the call a PESSII proposal does not meet, as data, worded from the bundle {@code gate} beside this
 * class: the window in its language, the command line and the audit trail in French.
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

    /** The refusal in this language (French when the bundle does not have it). */
    public String words(Locale locale) {
        return Wording.of("fr.ptce.workbench.domain.national.gate", locale)
                .format(kind.name(), admissibility, eligibilityMet, DecisionGates.ELIGIBILITY_MAJORITY);
    }

    /** The refusal in French. */
    public String french() {
        return words(Locale.FRENCH);
    }
}
