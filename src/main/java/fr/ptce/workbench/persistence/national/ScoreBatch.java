package fr.ptce.workbench.persistence.national;

import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_AVIS_SCORE;
import static fr.ptce.workbench.persistence.generated.Tables.NATIONAL_REVIEW_SCORE;

import java.math.BigDecimal;
import java.util.Map;
import org.jooq.BatchBindStep;
import org.jooq.DSLContext;

/**
 * The score rows of the national rows and their reviews being stored, sent as two JDBC batches (one statement
 * rendered each) rather than one insert per score.
 */
final class ScoreBatch {

    private final BatchBindStep avisScores;
    private final BatchBindStep reviewScores;
    private int avisCount;
    private int reviewCount;

    ScoreBatch(DSLContext dsl) {
        avisScores = dsl.batch(dsl.insertInto(
                        NATIONAL_AVIS_SCORE,
                        NATIONAL_AVIS_SCORE.AVIS_ID,
                        NATIONAL_AVIS_SCORE.KIND,
                        NATIONAL_AVIS_SCORE.CODE,
                        NATIONAL_AVIS_SCORE.SORT_ORDER,
                        NATIONAL_AVIS_SCORE.SCORE_VALUE)
                .values((Long) null, null, null, null, null));
        reviewScores = dsl.batch(dsl.insertInto(
                        NATIONAL_REVIEW_SCORE,
                        NATIONAL_REVIEW_SCORE.REVIEW_ID,
                        NATIONAL_REVIEW_SCORE.CODE,
                        NATIONAL_REVIEW_SCORE.SORT_ORDER,
                        NATIONAL_REVIEW_SCORE.SCORE_VALUE,
                        NATIONAL_REVIEW_SCORE.SCORE_COMMENT)
                .values((Long) null, null, null, null, null));
    }

    /** Adds a national row's scores of one kind (criteria or block subtotals), in their order. */
    void avis(Long avisId, String kind, Map<String, BigDecimal> values) {
        int order = 0;
        for (Map.Entry<String, BigDecimal> value : values.entrySet()) {
            avisScores.bind(avisId, kind, value.getKey(), order++, value.getValue());
            avisCount++;
        }
    }

    /** Adds a review's score and comment on one criterion. */
    void review(Long reviewId, String code, int order, BigDecimal value, String comment) {
        reviewScores.bind(reviewId, code, order, value, comment);
        reviewCount++;
    }

    /** Sends what was added. */
    void execute() {
        if (avisCount > 0) {
            avisScores.execute();
        }
        if (reviewCount > 0) {
            reviewScores.execute();
        }
    }
}
