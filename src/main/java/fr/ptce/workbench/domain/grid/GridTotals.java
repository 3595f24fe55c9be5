package fr.ptce.workbench.domain.grid;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The totals of one set of scores on a grid: block subtotals and total out of 100 (subtotals add up to the total
 * before rounding), whether every criterion is scored, and the thresholds missed.
 *
 * @param blocks subtotal per block code, in the grid's block order
 * @param belowThreshold codes of scored criteria under their own threshold
 * @param belowOverallThreshold whether the total is under the grid's overall threshold (false when it has none)
 * @param scored how many criteria of the grid have a score
 * @param criteria how many criteria the grid has ({@code complete} is {@code scored == criteria})
 */
public record GridTotals(
        Map<String, BigDecimal> blocks,
        BigDecimal total,
        boolean complete,
        List<String> belowThreshold,
        boolean belowOverallThreshold,
        int scored,
        int criteria) {

    public GridTotals {
        blocks = Collections.unmodifiableMap(new LinkedHashMap<>(blocks));
        belowThreshold = List.copyOf(belowThreshold);
    }

    /** The subtotal of a block, out of its share of 100. */
    public BigDecimal block(String blockCode) {
        BigDecimal subtotal = blocks.get(blockCode);
        if (subtotal == null) {
            throw new IllegalArgumentException("No block " + blockCode);
        }
        return subtotal;
    }
}
