package fr.ptce.workbench.domain.national;

import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One review as a region's avis workbook gives it to PESSII (a row of the {@code Évaluations} sheet); a null field
 * is an empty cell.
 *
 * @param role the French label of the reviewer's role, as written
 * @param scores score per criterion code, in the grid's order (empty cells left out)
 * @param comments comment per criterion code, in the grid's order (empty cells left out)
 * @param updatedAt the review's last change, Paris wall clock
 */
public record RegionalReview(
        String dossierNumber,
        String reviewer,
        String email,
        String role,
        Integer gridVersion,
        Map<String, BigDecimal> scores,
        Map<String, String> comments,
        BigDecimal total,
        Integer eligibilityMet,
        String maturity,
        LocalDateTime updatedAt) {

    public RegionalReview {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        scores = RegionalAvisRow.normalized(scores);
        Map<String, String> kept = new LinkedHashMap<>();
        if (comments != null) {
            comments.forEach((code, comment) -> {
                if (comment != null) {
                    kept.put(code, comment);
                }
            });
        }
        comments = Collections.unmodifiableMap(kept);
        total = RegionalAvisRow.normalize(total);
    }
}
