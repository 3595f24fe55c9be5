package fr.ptce.workbench.domain.stats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class HistogramTest {

    private static List<BigDecimal> values(double... values) {
        return java.util.Arrays.stream(values).mapToObj(BigDecimal::valueOf).toList();
    }

    @Test
    void valuesFallInEqualBinsTheMaximumInTheLast() {
        Histogram h = Histogram.of(values(0, 9.99, 10, 55, 100, 101, -1), BigDecimal.ZERO, BigDecimal.valueOf(100), 10);
        assertEquals(
                List.of(2, 1, 0, 0, 0, 1, 0, 0, 0, 1),
                h.bins().stream().map(Bin::count).toList());
        assertEquals(5, h.total());
        assertEquals(0, BigDecimal.valueOf(90).compareTo(h.bins().get(9).lower()));
        assertEquals(BigDecimal.valueOf(100), h.bins().get(9).upper());
    }

    @Test
    void aDiscreteHistogramCountsEachValueOfTheScale() {
        Histogram h = Histogram.discrete(values(1, 1, 2.5, 5), values(0, 1, 2, 2.5, 3, 4, 5));
        assertEquals(
                List.of(0, 2, 0, 1, 0, 0, 1), h.bins().stream().map(Bin::count).toList());
    }

    @Test
    void aHistogramNeedsBinsAndARange() {
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(List.of(), BigDecimal.ONE, BigDecimal.ONE, 3));
        assertThrows(IllegalArgumentException.class, () -> Histogram.of(List.of(), BigDecimal.ZERO, BigDecimal.ONE, 0));
    }
}
