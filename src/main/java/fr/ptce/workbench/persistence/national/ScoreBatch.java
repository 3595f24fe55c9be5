package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_AVIS_SCORE;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_REVIEW_SCORE;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/**
 * The score rows of the national rows and their reviews being stored, sent as two plain JDBC batches
 * ({@link PlainBatch}: one statement rendered each) rather than one insert per score.
 */
final class ScoreBatch {

    private final PlainBatch avisScores;
    private final PlainBatch reviewScores;

    ScoreBatch(DSLContext dsl) {
        avisScores = new PlainBatch(
                dsl,
                NATIONAL_AVIS_SCORE,
                List.of(
                        NATIONAL_AVIS_SCORE.AVIS_ID,
                        NATIONAL_AVIS_SCORE.KIND,
                        NATIONAL_AVIS_SCORE.CODE,
                        NATIONAL_AVIS_SCORE.SORT_ORDER,
                        NATIONAL_AVIS_SCORE.SCORE_VALUE));
        reviewScores = new PlainBatch(
                dsl,
                NATIONAL_REVIEW_SCORE,
                List.of(
                        NATIONAL_REVIEW_SCORE.REVIEW_ID,
                        NATIONAL_REVIEW_SCORE.CODE,
                        NATIONAL_REVIEW_SCORE.SORT_ORDER,
                        NATIONAL_REVIEW_SCORE.SCORE_VALUE,
                        NATIONAL_REVIEW_SCORE.SCORE_COMMENT));
    }

    /** Adds a national row's scores of one kind (criteria or block subtotals), in their order. */
    void avis(Long avisId, String kind, Map<String, BigDecimal> values) {
        int order = 0;
        for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
            avisScores.add(avisId, kind, value.getKey(), order++, value.getValue());
        }
    }

    /** Adds a review's score and comment on one criterion. */
    void review(Long reviewId, String code, int order, BigDecimal value, String comment) {
        reviewScores.add(reviewId, code, order, value, comment);
    }

    /** Sends what was added. */
    void execute() {
        avisScores.execute();
        reviewScores.execute();
    }
}
