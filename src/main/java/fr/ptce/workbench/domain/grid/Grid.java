package fr.ptce.workbench.domain.grid;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A versioned selection grid: blocks, criteria, the scale and the thresholds. A version is frozen once a score uses
 * it; a changed grid is the next version of the same id.
 */
public record Grid(
        String id,
        int version,
        String name,
        List<Block> blocks,
        List<Criterion> criteria,
        Scale scale,
        BigDecimal overallThreshold) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final MathContext EXACT_ENOUGH = MathContext.DECIMAL128;

    public Grid {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(scale, "scale");
        blocks = List.copyOf(blocks);
        criteria = List.copyOf(criteria);
        if (version < 1 || criteria.isEmpty()) {
            throw new IllegalArgumentException("A grid needs a version ≥ 1 and at least one criterion");
        }
        Set<String> blockCodes = new HashSet<>();
        blocks.forEach(b -> blockCodes.add(b.code()));
        Set<String> codes = new HashSet<>();
        for (Criterion c : criteria) {
            if (!codes.add(c.code()) || !blockCodes.contains(c.blockCode())) {
                throw new IllegalArgumentException("Criterion " + c.code() + " is duplicated or in no block");
            }
        }
    }

    /** The criterion with this code (case as written in the grid), if the grid has one. */
    public Optional<Criterion> criterion(String code) {
        return criteria.stream().filter(c -> c.code().equals(code)).findFirst();
    }

    /** The criteria of a block, in grid order. */
    public List<Criterion> criteria(String blockCode) {
        return criteria.stream().filter(c -> c.blockCode().equals(blockCode)).toList();
    }

    /** The codes of every criterion, in grid order. */
    public List<String> codes() {
        return criteria.stream().map(Criterion::code).toList();
    }

    /**
     * Computes the totals of a set of scores (criterion code → score; absent or null counts 0): each criterion
     * contributes weight × score / scale max; total = 100 × Σ contributions / Σ weights; a block's subtotal is its
     * contributions' share of the same 100; rounded half up to 2 decimals at the end only.
     */
    public GridTotals totals(Map<String, BigDecimal> scores) {
        BigDecimal weights = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            weights = weights.add(c.weight());
        }
        Map<String, BigDecimal> sums = new LinkedHashMap<>();
        blocks.forEach(b -> sums.put(b.code(), BigDecimal.ZERO));
        BigDecimal sum = BigDecimal.ZERO;
        boolean complete = true;
        int scored = 0;
        List<String> below = new ArrayList<>();
        for (Criterion c : criteria) {
            BigDecimal score = scores.get(c.code());
            if (score == null) {
                complete = false;
                continue;
            }
            scored++;
            if (c.threshold() != null && score.compareTo(c.threshold()) < 0) {
                below.add(c.code());
            }
            BigDecimal contribution = c.weight().multiply(score).divide(scale.max(), EXACT_ENOUGH);
            sums.merge(c.blockCode(), contribution, BigDecimal::add);
            sum = sum.add(contribution);
        }
        Map<String, BigDecimal> subtotals = new LinkedHashMap<>();
        for (Map.Entry<String, BigDecimal> e : sums.entrySet()) {
            subtotals.put(e.getKey(), outOfHundred(e.getValue(), weights));
        }
        BigDecimal total = outOfHundred(sum, weights);
        boolean belowOverall = overallThreshold != null && total.compareTo(overallThreshold) < 0;
        return new GridTotals(subtotals, total, complete, below, belowOverall, scored, criteria.size());
    }

    /**
     * A block's share of the 100 points, two decimals: the most its subtotal can reach (50 for V on the default
     * grid).
     *
     * @throws IllegalArgumentException when the grid has no such block
     */
    public BigDecimal blockMax(String blockCode) {
        if (blocks.stream().noneMatch(b -> b.code().equals(blockCode))) {
            throw new IllegalArgumentException("No block " + blockCode);
        }
        BigDecimal weights = BigDecimal.ZERO;
        BigDecimal block = BigDecimal.ZERO;
        for (Criterion c : criteria) {
            weights = weights.add(c.weight());
            block = c.blockCode().equals(blockCode) ? block.add(c.weight()) : block;
        }
        return outOfHundred(block, weights);
    }

    private static BigDecimal outOfHundred(BigDecimal contributions, BigDecimal weights) {
        return HUNDRED.multiply(contributions).divide(weights, EXACT_ENOUGH).setScale(2, RoundingMode.HALF_UP);
    }

    /** The next version of this grid with a changed content: same id, version + 1. */
    public Grid nextVersion(
            String name, List<Block> blocks, List<Criterion> criteria, Scale scale, BigDecimal overallThreshold) {
        return new Grid(id, version + 1, name, blocks, criteria, scale, overallThreshold);
    }

    /** Whether two grids say the same thing (numbers compared by value: 1 and 1.0 are equal). */
    public boolean sameContentAs(Grid other) {
        return id.equals(other.id)
                && version == other.version
                && name.equals(other.name)
                && blocks.equals(other.blocks)
                && sameScale(scale, other.scale)
                && sameNumber(overallThreshold, other.overallThreshold)
                && sameCriteria(other.criteria);
    }

    private boolean sameCriteria(List<Criterion> others) {
        if (criteria.size() != others.size()) {
            return false;
        }
        for (int i = 0; i < criteria.size(); i++) {
            Criterion a = criteria.get(i);
            Criterion b = others.get(i);
            if (!a.code().equals(b.code())
                    || !a.label().equals(b.label())
                    || !a.help().equals(b.help())
                    || !a.blockCode().equals(b.blockCode())
                    || !sameNumber(a.weight(), b.weight())
                    || !sameNumber(a.threshold(), b.threshold())) {
                return false;
            }
        }
        return true;
    }

    private static boolean sameScale(Scale a, Scale b) {
        return sameNumber(a.min(), b.min())
                && sameNumber(a.max(), b.max())
                && sameNumber(a.step(), b.step())
                && a.meanings().equals(b.meanings());
    }

    private static boolean sameNumber(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }
}
