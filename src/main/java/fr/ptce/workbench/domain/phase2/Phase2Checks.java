package fr.ptce.workbench.domain.phase2;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The checks of a phase-2 dossier, computed when it is read (never stored, so never stale).
 *
 * @param onTime deposited before 1 October 2021 00:00 Paris; null when no deposit date is known
 * @param missing the champs completeness requires and the dossier leaves empty, in form order
 * @param overLimit the textareas longer than their limit, in form order
 * @param stateAmountByYear the amount asked of the State per year (1, 2, 3), euros; empty when the budget is unknown
 * @param overEnvelope whether years 1 and 2 together ask more than 100,000 € (so does a single year over it)
 * @param depreciableAssets the « Biens amortissables » lines, not eligible
 * @param animationShare the share of years 1–2's State amount asked for the animation of cooperations (0 to 1),
 *     null when nothing is asked
 */
public record Phase2Checks(
        Boolean onTime,
        List<Phase2Champ> missing,
        List<Phase2Champ> overLimit,
        Map<Integer, BigDecimal> stateAmountByYear,
        boolean overEnvelope,
        List<BudgetLine> depreciableAssets,
        BigDecimal animationShare) {

    public Phase2Checks {
        missing = List.copyOf(missing);
        overLimit = List.copyOf(overLimit);
        stateAmountByYear = Map.copyOf(stateAmountByYear);
        depreciableAssets = List.copyOf(depreciableAssets);
    }

    /** The State amount of years 1 and 2, the part the fixed 100,000 € covers; null when the budget is unknown. */
    public BigDecimal twoYearStateAmount() {
        if (stateAmountByYear.isEmpty()) {
            return null;
        }
        return stateAmountByYear.get(1).add(stateAmountByYear.get(2));
    }

    /** The euros asked for « Biens amortissables ». */
    public BigDecimal depreciableAmount() {
        return depreciableAssets.stream().map(BudgetLine::stateOrZero).reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
