package fr.ptce.workbench.domain.review;

import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Several reviews of one dossier side by side: per criterion every reviewer's score, the mean, the min–max spread
 * and whether the reviewers disagree — a spread reaching the threshold, or scores on both sides of the pass mark.
 */
public final class ReviewComparison {

    /** The default spread that calls for a discussion: 2 points on the 0–5 scale. */
    public static final BigDecimal DEFAULT_SPREAD = BigDecimal.valueOf(2);

    private final Grid grid;
    private final List<Review> reviews;
    private final Map<String, Row> rows = new LinkedHashMap<>();

    private ReviewComparison(Grid grid, List<Review> reviews, Thresholds thresholds) {
        this.grid = grid;
        this.reviews = List.copyOf(reviews);
        for (Criterion c : grid.criteria()) {
            List<BigDecimal> values = new ArrayList<>();
            this.reviews.forEach(r -> values.add(r.score(c.code()).value()));
            rows.put(c.code(), Row.of(c.code(), values, thresholds));
        }
    }

    /** Compares the reviews on the grid with these thresholds. */
    public static ReviewComparison of(Grid grid, List<Review> reviews, Thresholds thresholds) {
        return new ReviewComparison(grid, reviews, Objects.requireNonNull(thresholds, "thresholds"));
    }

    public Grid grid() {
        return grid;
    }

    /** The reviews compared, in the order of the columns. */
    public List<Review> reviews() {
        return reviews;
    }

    /** One row per criterion of the grid, in the grid's order. */
    public List<Row> rows() {
        return List.copyOf(rows.values());
    }

    public Row row(String code) {
        return rows.get(code);
    }

    /** The criteria on which the reviewers disagree. */
    public List<String> disputed() {
        return rows.values().stream().filter(Row::disputed).map(Row::code).toList();
    }

    /**
     * When reviewers disagree: a spread (max − min) reaching {@code spread}, or, when {@code passMark} is set,
     * one score below it and another at or above it.
     */
    public record Thresholds(BigDecimal spread, Optional<BigDecimal> passMark) {

        public static final Thresholds DEFAULT = new Thresholds(DEFAULT_SPREAD, Optional.empty());

        public Thresholds {
            Objects.requireNonNull(spread, "spread");
            if (spread.signum() <= 0) {
                throw new IllegalArgumentException("L'écart qui signale un désaccord doit être positif.");
            }
            passMark = passMark == null ? Optional.empty() : passMark;
        }
    }

    /** One criterion: each review's score in column order (null when not scored), mean, min, max, flag. */
    public record Row(
            String code,
            List<BigDecimal> values,
            Optional<BigDecimal> mean,
            Optional<BigDecimal> min,
            Optional<BigDecimal> max,
            boolean disputed) {

        public Row {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }

        static Row of(String code, List<BigDecimal> values, Thresholds thresholds) {
            List<BigDecimal> scored = values.stream().filter(Objects::nonNull).toList();
            if (scored.isEmpty()) {
                return new Row(code, values, Optional.empty(), Optional.empty(), Optional.empty(), false);
            }
            BigDecimal min = scored.stream().min(BigDecimal::compareTo).orElseThrow();
            BigDecimal max = scored.stream().max(BigDecimal::compareTo).orElseThrow();
            BigDecimal mean = scored.stream()
                    .reduce(BigDecimal.ZERO, BigDecimal::add)
                    .divide(BigDecimal.valueOf(scored.size()), 2, RoundingMode.HALF_UP);
            boolean spread = max.subtract(min).compareTo(thresholds.spread()) >= 0;
            boolean sides = thresholds
                    .passMark()
                    .map(mark -> min.compareTo(mark) < 0 && max.compareTo(mark) >= 0)
                    .orElse(false);
            return new Row(
                    code,
                    values,
                    Optional.of(mean),
                    Optional.of(min),
                    Optional.of(max),
                    scored.size() > 1 && (spread || sides));
        }

        /** max − min, when scored. */
        public Optional<BigDecimal> spread() {
            return max.map(m -> m.subtract(min.orElseThrow()));
        }
    }
}
