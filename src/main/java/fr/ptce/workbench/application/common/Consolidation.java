package fr.ptce.workbench.application.common;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.review.Review;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The consolidated score of each criterion: the mean of the reviews that scored it, to 2 decimals. */
public final class Consolidation {

    private Consolidation() {}

    /** The mean of each criterion over the reviews that scored it (criteria nobody scored are left out). */
    public static Map<String, BigDecimal> mean(Grid grid, List<Review> reviews) {
        Map<String, BigDecimal> means = new LinkedHashMap<>();
        for (String code : grid.codes()) {
            List<BigDecimal> values = reviews.stream()
                    .map(r -> r.score(code).value())
                    .filter(v -> v != null)
                    .toList();
            if (!values.isEmpty()) {
                BigDecimal sum = values.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
                means.put(
                        code, Scale.normalize(sum.divide(BigDecimal.valueOf(values.size()), 2, RoundingMode.HALF_UP)));
            }
        }
        return means;
    }
}
