package fr.ptce.workbench.domain.national;

import fr.ptce.workbench.domain.avis.AvisAlert;
import fr.ptce.workbench.domain.avis.AvisAlerts;
import fr.ptce.workbench.domain.dossier.Admissibility;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One dossier as a region's avis workbook gives it to PESSII (the {@code Avis} sheet's row and the dossier's rows
 * of {@code Évaluations}); a null field is an empty cell, numbers are compared without trailing zeros.
 *
 * @param region the region column of the row (the dossier's), not necessarily the exporting region
 * @param depositedAt when the dossier was deposited on DS, Paris wall clock
 * @param admissibility the French label the region gives (« recevable », « incomplet », « hors délai »)
 * @param wave the name of the dossier's wave, null when late for every wave or not given (older workbooks)
 * @param maturity the French label, as written
 * @param scores consolidated score per criterion code, in the grid's order (empty cells left out)
 * @param subtotals subtotal per block code, in the grid's order (empty cells left out)
 * @param recommendation the avis's French label ({@code favorable}, …), null without avis
 * @param reviews the dossier's reviews, in the workbook's order
 */
public record RegionalAvisRow(
        String dossierNumber,
        String project,
        String structure,
        String legalForm,
        String region,
        LocalDateTime depositedAt,
        String admissibility,
        String wave,
        Integer eligibilityMet,
        String maturity,
        Boolean targetB,
        Boolean targetC,
        Boolean qpvDeclared,
        Boolean qpvDetected,
        Boolean zrrDeclared,
        Boolean zrrDetected,
        Map<String, BigDecimal> scores,
        Map<String, BigDecimal> subtotals,
        BigDecimal total,
        Integer reviewCount,
        BigDecimal spread,
        String recommendation,
        Boolean proposedForPhase2,
        String motivation,
        String strengths,
        String attentionPoints,
        String correspondent,
        LocalDate avisDate,
        List<RegionalReview> reviews) {

    public RegionalAvisRow {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        scores = normalized(scores);
        subtotals = normalized(subtotals);
        total = normalize(total);
        spread = normalize(spread);
        reviews = reviews == null ? List.of() : List.copyOf(reviews);
    }

    /** Whether the dossier meets target (b) or (c), the condition to be invited to phase 2. */
    public boolean meetsPhase2Target() {
        return Boolean.TRUE.equals(targetB) || Boolean.TRUE.equals(targetC);
    }

    /** What the region's favorable avis contradicts (not recevable, not eligible), as data; see AvisAlerts. */
    public List<AvisAlert> alerts() {
        boolean favorable = recommendation != null
                && recommendation.strip().toLowerCase(Locale.ROOT).startsWith("favorable");
        return AvisAlerts.of(
                favorable, Admissibility.fromLabel(admissibility).orElse(null), wave != null, eligibilityMet);
    }

    /** How many of the grid's criteria (codes) have a consolidated score in this row. */
    public int scoredCriteria(List<String> criteria) {
        return (int) criteria.stream().filter(scores::containsKey).count();
    }

    /**
     * Whether the total counts every criterion of the grid (codes): otherwise the missing ones count 0 and the total
     * is partial. True for an empty list (no criterion to miss).
     */
    public boolean completeOn(List<String> criteria) {
        return scoredCriteria(criteria) == criteria.size();
    }

    /** The same row with other reviews. */
    public RegionalAvisRow withReviews(List<RegionalReview> newReviews) {
        return new RegionalAvisRow(
                dossierNumber,
                project,
                structure,
                legalForm,
                region,
                depositedAt,
                admissibility,
                wave,
                eligibilityMet,
                maturity,
                targetB,
                targetC,
                qpvDeclared,
                qpvDetected,
                zrrDeclared,
                zrrDetected,
                scores,
                subtotals,
                total,
                reviewCount,
                spread,
                recommendation,
                proposedForPhase2,
                motivation,
                strengths,
                attentionPoints,
                correspondent,
                avisDate,
                newReviews);
    }

    static Map<String, BigDecimal> normalized(Map<String, BigDecimal> values) {
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

    static BigDecimal normalize(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
