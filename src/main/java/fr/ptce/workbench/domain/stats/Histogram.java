package fr.ptce.workbench.domain.stats;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/** Counts of values in equal-width bins between a minimum and a maximum (values outside are left out). */
public record Histogram(List<Bin> bins) {

    public Histogram {
        bins = List.copyOf(bins);
    }

    /** {@code binCount} bins of equal width from min to max; the maximum falls in the last bin. */
    public static Histogram of(Collection<BigDecimal> values, BigDecimal min, BigDecimal max, int binCount) {
        if (binCount <= 0 || max.compareTo(min) <= 0) {
            throw new IllegalArgumentException("A histogram needs bins and min < max");
        }
        BigDecimal width = max.subtract(min).divide(BigDecimal.valueOf(binCount), 6, RoundingMode.HALF_UP);
        int[] counts = new int[binCount];
        for (BigDecimal value : values) {
            if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
                continue;
            }
            int index = value.subtract(min).divide(width, 0, RoundingMode.FLOOR).intValue();
            counts[Math.min(index, binCount - 1)]++;
        }
        List<Bin> bins = new ArrayList<>();
        for (int i = 0; i < binCount; i++) {
            BigDecimal lower = min.add(width.multiply(BigDecimal.valueOf(i))).stripTrailingZeros();
            BigDecimal upper = i == binCount - 1
                    ? max
                    : min.add(width.multiply(BigDecimal.valueOf(i + 1))).stripTrailingZeros();
            bins.add(new Bin(plain(lower), plain(upper), counts[i]));
        }
        return new Histogram(bins);
    }

    /** One bin per value of a discrete scale (e.g. 0, 1, … 5): the count of values equal to each. */
    public static Histogram discrete(Collection<BigDecimal> values, List<BigDecimal> scale) {
        List<Bin> bins = new ArrayList<>();
        for (BigDecimal point : scale) {
            int count = (int) values.stream()
                    .filter(Objects::nonNull)
                    .filter(v -> v.compareTo(point) == 0)
                    .count();
            bins.add(new Bin(point, point, count));
        }
        return new Histogram(bins);
    }

    /** The number of values counted. */
    public int total() {
        return bins.stream().mapToInt(Bin::count).sum();
    }

    private static BigDecimal plain(BigDecimal value) {
        return value.scale() < 0 ? value.setScale(0) : value;
    }
}
