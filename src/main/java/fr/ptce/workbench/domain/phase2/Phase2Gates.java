package fr.ptce.workbench.domain.phase2;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The conditions the call sets on a phase-2 decision, as French reasons. Only an invited phase-1 laureate who filed
 * a phase-2 dossier may be decided on at all (no override); a laureate's dossier must also be on time (« délai de
 * rigueur ») and carried by the phase-1 structure (same SIRET): those two PESSII may override with a written reason.
 */
public final class Phase2Gates {

    private static final Set<LinkProblem> NOT_DECIDABLE = EnumSet.of(
            LinkProblem.NO_NUMBER, LinkProblem.UNKNOWN_NUMBER, LinkProblem.NOT_INVITED, LinkProblem.INVITATION_UNKNOWN);

    private Phase2Gates() {}

    /** Why no phase-2 decision can be taken on the dossier (its link fails); empty when one can. */
    public static List<String> decisionRefusals(Phase1Link link) {
        return link.problems().stream()
                .filter(NOT_DECIDABLE::contains)
                .map(LinkProblem::reason)
                .toList();
    }

    /** Why the dossier cannot be proposed as a phase-2 laureate, beyond its link; empty when it can. */
    public static List<String> laureateRefusals(Phase1Link link, Phase2Checks checks) {
        List<String> reasons = new ArrayList<>();
        if (Boolean.FALSE.equals(checks.onTime())) {
            reasons.add("dossier additionnel déposé hors délai");
        }
        if (link.problems().contains(LinkProblem.SIRET_MISMATCH)) {
            reasons.add(LinkProblem.SIRET_MISMATCH.reason());
        }
        return List.copyOf(reasons);
    }

    /**
     * The French message of a refused decision, e.g. « Dossier de phase 2 n° 9001 : décision refusée — dossier
     * additionnel déposé hors délai. ».
     */
    public static String message(String number, String what, List<String> reasons) {
        return "Dossier de phase\u00a02 n°\u00a0" + number + "\u00a0: " + what + " refusée — "
                + String.join("\u00a0; ", reasons) + ".";
    }
}
