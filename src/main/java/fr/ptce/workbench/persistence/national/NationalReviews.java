package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_REVIEW;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_REVIEW_SCORE;

import fr.ptce.workbench.domain.national.RegionalReview;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** The reviews of the national rows (the workbooks' {@code Évaluations} rows), stored and read back per row. */
final class NationalReviews {

    private final DSLContext dsl;

    NationalReviews(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inserts the reviews of a national row; their scores and comments join the batch. */
    void save(Long avisId, List<RegionalReview> reviews, ScoreBatch scores) {
        int order = 0;
        for (RegionalReview review : reviews) {
            Long id = dsl.insertInto(NATIONAL_REVIEW)
                    .set(NATIONAL_REVIEW.AVIS_ID, avisId)
                    .set(NATIONAL_REVIEW.SORT_ORDER, order++)
                    .set(NATIONAL_REVIEW.REVIEWER, review.reviewer())
                    .set(NATIONAL_REVIEW.EMAIL, review.email())
                    .set(NATIONAL_REVIEW.REVIEWER_ROLE, review.role())
                    .set(NATIONAL_REVIEW.GRID_VERSION, review.gridVersion())
                    .set(NATIONAL_REVIEW.TOTAL, review.total())
                    .set(NATIONAL_REVIEW.ELIGIBILITY_MET, review.eligibilityMet())
                    .set(NATIONAL_REVIEW.MATURITY, review.maturity())
                    .set(NATIONAL_REVIEW.UPDATED_AT, review.updatedAt())
                    .returningResult(NATIONAL_REVIEW.ID)
                    .fetchOne(NATIONAL_REVIEW.ID);
            Set<String> codes = new LinkedHashSet<>(review.scores().keySet());
            codes.addAll(review.comments().keySet());
            int codeOrder = 0;
            for (String code : codes) {
                scores.review(
                        id,
                        code,
                        codeOrder++,
                        review.scores().get(code),
                        review.comments().get(code));
            }
        }
    }

    /** The reviews of each national row, by row id, in their stored order. */
    Map<Long, List<RegionalReview>> of(Collection<Long> avisIds, Map<Long, String> numbers) {
        Map<Long, Map<String, BigDecimal>> scores = new HashMap<>();
        Map<Long, Map<String, String>> comments = new HashMap<>();
        List<Long> reviewIds = new ArrayList<>();
        var reviews = dsl.selectFrom(NATIONAL_REVIEW)
                .where(NATIONAL_REVIEW.AVIS_ID.in(avisIds))
                .orderBy(NATIONAL_REVIEW.AVIS_ID, NATIONAL_REVIEW.SORT_ORDER)
                .fetch();
        reviews.forEach(r -> reviewIds.add(r.getId()));
        dsl.selectFrom(NATIONAL_REVIEW_SCORE)
                .where(NATIONAL_REVIEW_SCORE.REVIEW_ID.in(reviewIds))
                .orderBy(NATIONAL_REVIEW_SCORE.REVIEW_ID, NATIONAL_REVIEW_SCORE.SORT_ORDER)
                .forEach(s -> {
                    scores.computeIfAbsent(s.getReviewId(), k -> new LinkedHashMap<>())
                            .put(s.getCode(), s.getScoreValue());
                    comments.computeIfAbsent(s.getReviewId(), k -> new LinkedHashMap<>())
                            .put(s.getCode(), s.getScoreComment());
                });
        Map<Long, List<RegionalReview>> byAvis = new HashMap<>();
        reviews.forEach(r -> byAvis.computeIfAbsent(r.getAvisId(), k -> new ArrayList<>())
                .add(new RegionalReview(
                        numbers.get(r.getAvisId()),
                        r.getReviewer(),
                        r.getEmail(),
                        r.getReviewerRole(),
                        r.getGridVersion(),
                        scores.getOrDefault(r.getId(), Map.of()),
                        comments.getOrDefault(r.getId(), Map.of()),
                        r.getTotal(),
                        r.getEligibilityMet(),
                        r.getMaturity(),
                        r.getUpdatedAt())));
        return byAvis;
    }
}
