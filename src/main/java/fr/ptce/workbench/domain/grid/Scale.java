package fr.ptce.workbench.domain.grid;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/** The scale scores are given on: a range, a step (1 for integers, 0.5 for half points) and what values mean. */
public record Scale(BigDecimal min, BigDecimal max, BigDecimal step, Map<BigDecimal, String> meanings) {

    public Scale {
        Objects.requireNonNull(min, "min");
        Objects.requireNonNull(max, "max");
        Objects.requireNonNull(step, "step");
        if (step.signum() <= 0 || max.compareTo(min) <= 0 || max.signum() <= 0) {
            throw new IllegalArgumentException("A scale needs min < max, max > 0 and a positive step");
        }
        // keys compared by value, so that 4 and 4.00 find the same meaning
        SortedMap<BigDecimal, String> sorted = new TreeMap<>();
        (meanings == null ? Map.<BigDecimal, String>of() : meanings)
                .forEach((value, meaning) -> sorted.put(normalize(value), meaning));
        meanings = Collections.unmodifiableSortedMap(sorted);
    }

    /** Whether a score is on this scale: within the range and a whole number of steps from the minimum. */
    public boolean accepts(BigDecimal value) {
        if (value == null || value.compareTo(min) < 0 || value.compareTo(max) > 0) {
            return false;
        }
        return value.subtract(min).remainder(step).signum() == 0;
    }

    /** Every accepted value, from min to max. */
    public List<BigDecimal> values() {
        List<BigDecimal> values = new ArrayList<>();
        for (BigDecimal v = min; v.compareTo(max) <= 0; v = v.add(step)) {
            values.add(normalize(v));
        }
        return List.copyOf(values);
    }

    /** What a value means ("bon"), when the scale says. */
    public Optional<String> meaning(BigDecimal value) {
        return value == null ? Optional.empty() : Optional.ofNullable(meanings.get(normalize(value)));
    }

    /** The allowed values in French, e.g. {@code 0, 1, 2, 3, 4, 5} or {@code 0 à 5 par pas de 0,5}. */
    public String describe() {
        List<BigDecimal> values = values();
        if (values.size() <= 11) {
            return String.join(", ", values.stream().map(Scale::french).toList());
        }
        return french(min) + " à " + french(max) + " par pas de " + french(step);
    }

    /** A score without trailing zeros and never in exponent notation: 4.00 becomes 4, 10 stays 10. */
    public static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String french(BigDecimal value) {
        return normalize(value).toPlainString().replace('.', ',');
    }
}
