package fr.ptce.workbench.domain.national;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One dossier as a region's avis workbook gives it to PESSII (the {@code Avis} sheet's row); a null field is an
 * empty cell, numbers are compared without trailing zeros.
 *
 * @param region the region column of the row (the dossier's), not necessarily the exporting region
 * @param maturity the French label, as written
 * @param scores consolidated score per criterion code, in the grid's order (empty cells left out)
 * @param subtotals subtotal per block code, in the grid's order (empty cells left out)
 * @param recommendation the avis's French label ({@code favorable}, …), null without avis
 */
public record RegionalAvisRow(String dossierNumber, String project, String structure, String region,
        String admissibility, Integer eligibilityMet, String maturity, Boolean targetB, Boolean targetC,
        Map<String, BigDecimal> scores, Map<String, BigDecimal> subtotals, BigDecimal total, Integer reviewCount,
        BigDecimal spread, String recommendation, Boolean proposedForPhase2, String motivation, String strengths,
        String attentionPoints, String correspondent, LocalDate avisDate) {

    public RegionalAvisRow {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        scores = normalized(scores);
        subtotals = normalized(subtotals);
        total = normalize(total);
        spread = normalize(spread);
    }

    private static Map<String, BigDecimal> normalized(Map<String, BigDecimal> values) {
        Map<String, BigDecimal> copy = new LinkedHashMap<>();
        if (values != null) {
            values.forEach((code, value) -> {
                if (value != null) {
                    copy.put(code, normalize(value));
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    private static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
