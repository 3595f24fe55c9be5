package fr.ptce.workbench.domain.grid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GridTest {

    private static BigDecimal n(String value) {
        return new BigDecimal(value);
    }

    /** A 0–5 grid in half points: A (weight 2, threshold 2) in block X, B (weight 1) in block Y, overall 50. */
    private static Grid halfPointGrid() {
        Scale scale = new Scale(BigDecimal.ZERO, n("5"), n("0.5"), Map.of());
        return new Grid(
                "test",
                1,
                "Test",
                List.of(new Block("X", "Bloc X"), new Block("Y", "Bloc Y")),
                List.of(
                        new Criterion("A", "A", "", "X", n("2"), n("2")),
                        new Criterion("B", "B", "", "Y", n("1"), null)),
                scale,
                n("50"));
    }

    @Test
    void defaultGridHasTenCriteriaInThreeBlocksOnAnIntegerScaleOfSix() {
        Grid grid = Grids.amiPtce2021();
        assertEquals("ami-ptce-emergents-2021", grid.id());
        assertEquals(2, grid.version());
        assertEquals(List.of("V1", "V2", "V3", "V4", "V5", "O1", "O2", "O3", "E1", "E2"), grid.codes());
        assertEquals(5, grid.criteria("V").size());
        assertEquals(
                List.of(n("0"), n("1"), n("2"), n("3"), n("4"), n("5")),
                grid.scale().values());
        assertEquals("bon", grid.scale().meaning(n("4.00")).orElseThrow());
        assertEquals("Opérationnalité", grid.blocks().get(1).label());
        assertTrue(grid.criterion("O2").orElseThrow().help().contains("collectivités"));
    }

    @Test
    void scaleAcceptsOnlyValuesInRangeAndOnAStep() {
        Scale half = halfPointGrid().scale();
        assertTrue(half.accepts(n("3.5")));
        assertTrue(half.accepts(n("5.0")));
        assertFalse(half.accepts(n("3.25")));
        assertFalse(half.accepts(n("5.5")));
        assertFalse(half.accepts(n("-0.5")));
        Scale whole = Grids.defaultScale();
        assertFalse(whole.accepts(n("3.5")));
        assertTrue(whole.accepts(n("0")));
        assertEquals("0, 1, 2, 3, 4, 5", whole.describe());
        assertEquals(11, half.values().size());
    }

    @Test
    void totalsWeighHalfPointsAndBlockSubtotalsAddUpToTheTotal() {
        GridTotals totals = halfPointGrid().totals(Map.of("A", n("3.5"), "B", n("5")));
        // A: 2 × 3.5 / 5 = 1.4; B: 1 × 5 / 5 = 1; total 100 × 2.4 / 3
        assertEquals(n("80.00"), totals.total());
        assertEquals(n("46.67"), totals.block("X"));
        assertEquals(n("33.33"), totals.block("Y"));
        assertTrue(totals.complete());
        assertEquals(List.of(), totals.belowThreshold());
        assertFalse(totals.belowOverallThreshold());
    }

    @Test
    void unscoredCriteriaCountZeroAndLeaveTheTotalsIncomplete() {
        Map<String, BigDecimal> scores = new HashMap<>();
        scores.put("A", n("1.5"));
        scores.put("B", null);
        GridTotals totals = halfPointGrid().totals(scores);
        assertEquals(n("20.00"), totals.total());
        assertEquals(n("0.00"), totals.block("Y"));
        assertFalse(totals.complete());
        assertEquals(List.of("A"), totals.belowThreshold());
        assertTrue(totals.belowOverallThreshold());
    }

    @Test
    void defaultGridTotalIsTheMeanOutOfHundredWithEqualWeights() {
        Grid grid = Grids.amiPtce2021();
        Map<String, BigDecimal> scores = new HashMap<>();
        grid.codes().forEach(code -> scores.put(code, n("4")));
        scores.put("E2", n("3"));
        GridTotals totals = grid.totals(scores);
        assertEquals(n("78.00"), totals.total());
        assertEquals(n("40.00"), totals.block("V"));
        assertEquals(n("24.00"), totals.block("O"));
        assertEquals(n("14.00"), totals.block("E"));
        assertEquals(n("0.00"), grid.totals(Map.of()).total());
    }

    @Test
    void aBlockMaxIsItsShareOfTheHundredPointsByWeight() {
        Grid grid = Grids.amiPtce2021();
        assertEquals(n("50.00"), grid.blockMax("V"));
        assertEquals(n("30.00"), grid.blockMax("O"));
        assertEquals(n("20.00"), grid.blockMax("E"));
        assertEquals(n("66.67"), halfPointGrid().blockMax("X"));
        assertEquals(n("33.33"), halfPointGrid().blockMax("Y"));
        assertThrows(IllegalArgumentException.class, () -> grid.blockMax("Z"));
    }

    @Test
    void nextVersionKeepsTheIdAndChangesTheContent() {
        Grid grid = Grids.amiPtce2021();
        Grid next = grid.nextVersion(
                grid.name(),
                grid.blocks(),
                grid.criteria(),
                new Scale(BigDecimal.ZERO, n("5"), n("0.5"), grid.scale().meanings()),
                null);
        assertEquals(grid.id(), next.id());
        assertEquals(grid.version() + 1, next.version());
        assertFalse(next.sameContentAs(grid));
        assertTrue(grid.sameContentAs(Grids.amiPtce2021()));
    }

    @Test
    void criterionOutsideAnyBlockIsRefused() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new Grid(
                        "g",
                        1,
                        "G",
                        List.of(new Block("X", "X")),
                        List.of(new Criterion("A", "A", "", "Z", BigDecimal.ONE, null)),
                        Grids.defaultScale(),
                        null));
    }
}
