package fr.ptce.workbench.domain.national;

import fr.ptce.workbench.domain.dossier.Admissibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions the call sets on PESSII's proposals, as refusals ({@link GateRefusal}, data). A phase-1 laureate
 * must be recevable —
 * complete, in a wave (a complete dossier filed late is instructed in the rolling track) — and eligible (a majority
 * of the 7 criteria, as the region's avis says). A dossier invited to phase 2 must be a phase-1 laureate « répondant
 * à minima au point b) et/ou au point c) des cibles attendues ». PESSII may override a refusal with a written reason.
 */
public final class DecisionGates {

    /** Eligibility criteria to meet, out of 7 (« une majorité des critères »). */
    public static final int ELIGIBILITY_MAJORITY = 4;

    private DecisionGates() {}

    /** Why the dossier cannot be proposed as a phase-1 laureate; empty when it can. */
    public static List<GateRefusal> laureateRefusals(RegionalAvisRow row) {
        List<GateRefusal> reasons = new ArrayList<>();
        admissibilityRefusal(row).ifPresent(reasons::add);
        Integer met = row.eligibilityMet();
        if (met == null) {
            reasons.add(GateRefusal.of(GateRefusal.Kind.ELIGIBILITY_UNKNOWN));
        } else if (met < ELIGIBILITY_MAJORITY) {
            reasons.add(new GateRefusal(GateRefusal.Kind.NOT_ELIGIBLE, null, met));
        }
        return List.copyOf(reasons);
    }

    /**
     * Why a phase-1 laureate cannot be invited to phase 2; empty when it can. That it is a laureate is a condition
     * checked before, which no override lifts.
     */
    public static List<GateRefusal> inviteRefusals(RegionalAvisRow row) {
        List<GateRefusal> reasons = new ArrayList<>();
        if (!row.meetsPhase2Target()) {
            reasons.add(GateRefusal.of(GateRefusal.Kind.NO_TARGET));
        }
        return List.copyOf(reasons);
    }

    private static Optional<GateRefusal> admissibilityRefusal(RegionalAvisRow row) {
        Optional<Admissibility> admissibility = Admissibility.fromLabel(row.admissibility());
        if (admissibility.isEmpty()) {
            return Optional.of(
                    row.admissibility() == null
                            ? GateRefusal.of(GateRefusal.Kind.ADMISSIBILITY_UNKNOWN)
                            : new GateRefusal(GateRefusal.Kind.ADMISSIBILITY_UNRECOGNISED, row.admissibility(), null));
        }
        return switch (admissibility.get()) {
            case RECEVABLE -> Optional.empty();
            case INCOMPLET -> Optional.of(GateRefusal.of(GateRefusal.Kind.INCOMPLETE));
            case HORS_DELAI ->
                row.wave() == null ? Optional.of(GateRefusal.of(GateRefusal.Kind.LATE)) : Optional.empty();
        };
    }

    /**
     * The French message of a refused proposal, e.g. « Dossier n° 12 : proposition comme lauréat de la phase 1
     * refusée — non recevable : incomplet. ».
     */
    public static String message(String number, String what, List<String> reasons) {
        return "Dossier n°\u00a0" + number + "\u00a0: " + what + " refusée — " + String.join("\u00a0; ", reasons) + ".";
    }
}
