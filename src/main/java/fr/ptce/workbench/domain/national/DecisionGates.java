package fr.ptce.workbench.domain.national;

import fr.ptce.workbench.domain.dossier.Admissibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The conditions the call sets on PESSII's proposals, as reasons in French. A phase-1 laureate must be recevable —
 * complete, in a wave (a complete dossier filed late is instructed in the rolling track) — and eligible (a majority
 * of the 7 criteria, as the region's avis says). A dossier invited to phase 2 must be a phase-1 laureate « répondant
 * à minima au point b) et/ou au point c) des cibles attendues ». PESSII may override a refusal with a written reason.
 */
public final class DecisionGates {

    /** Eligibility criteria to meet, out of 7 (« une majorité des critères »). */
    public static final int ELIGIBILITY_MAJORITY = 4;

    private DecisionGates() {}

    /** Why the dossier cannot be proposed as a phase-1 laureate; empty when it can. */
    public static List<String> laureateRefusals(RegionalAvisRow row) {
        List<String> reasons = new ArrayList<>();
        admissibilityRefusal(row).ifPresent(reasons::add);
        Integer met = row.eligibilityMet();
        if (met == null) {
            reasons.add("éligibilité non renseignée par la région");
        } else if (met < ELIGIBILITY_MAJORITY) {
            reasons.add("non éligible\u00a0: " + met + " critère" + (met > 1 ? "s" : "") + " sur 7 rempli"
                    + (met > 1 ? "s" : "") + ", il en faut " + ELIGIBILITY_MAJORITY);
        }
        return List.copyOf(reasons);
    }

    /**
     * Why a phase-1 laureate cannot be invited to phase 2; empty when it can. That it is a laureate is a condition
     * checked before, which no override lifts.
     */
    public static List<String> inviteRefusals(RegionalAvisRow row) {
        List<String> reasons = new ArrayList<>();
        if (!row.meetsPhase2Target()) {
            reasons.add("il ne répond ni à la cible b) ni à la cible c) selon l'avis de la région");
        }
        return List.copyOf(reasons);
    }

    private static Optional<String> admissibilityRefusal(RegionalAvisRow row) {
        Optional<Admissibility> admissibility = Admissibility.fromLabel(row.admissibility());
        if (admissibility.isEmpty()) {
            return Optional.of(
                    row.admissibility() == null
                            ? "recevabilité non renseignée par la région"
                            : "recevabilité «\u00a0" + row.admissibility() + "\u00a0» inconnue");
        }
        return switch (admissibility.get()) {
            case RECEVABLE -> Optional.empty();
            case INCOMPLET -> Optional.of("non recevable\u00a0: incomplet");
            case HORS_DELAI ->
                row.wave() == null
                        ? Optional.of("non recevable\u00a0: hors délai (aucune vague ne le reçoit)")
                        : Optional.empty();
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
