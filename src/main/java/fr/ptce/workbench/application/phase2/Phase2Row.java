package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.domain.phase2.GrantSplit;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * A phase-2 dossier in the phase-2 decisions: its data, checks and link, its place in the phase-2 ranking, PESSII's
 * proposal and the cabinet's decision (with the version it was read at), and the split of the grant over two years.
 *
 * @param score PESSII's consolidated phase-2 score, null when none is consolidated yet
 * @param rank the place in the phase-2 ranking from 1, 0 without a score
 * @param version the decision's stored version (0: none stored), for a checked save
 * @param notDecidable why no decision can be taken (the link fails: not invited…), empty when one can
 * @param laureateRefusals why a laureate proposal needs a written override (late, other SIRET), empty when none
 * @param split the fixed grant over years 1 and 2, from the budget lines' State amounts
 */
public record Phase2Row(
        Phase2View view,
        BigDecimal score,
        int rank,
        Phase2Decision decision,
        long version,
        List<String> notDecidable,
        List<String> laureateRefusals,
        GrantSplit split) {

    public Phase2Row {
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(decision, "decision");
        notDecidable = List.copyOf(notDecidable);
        laureateRefusals = List.copyOf(laureateRefusals);
    }

    public String number() {
        return view.number();
    }

    /** Whether a decision can be taken on it (an invited phase-1 laureate's phase-2 dossier). */
    public boolean decidable() {
        return notDecidable.isEmpty();
    }
}
