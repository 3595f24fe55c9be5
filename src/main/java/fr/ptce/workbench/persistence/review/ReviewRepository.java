package fr.ptce.workbench.persistence.review;

import static fr.ptce.workbench.persistence.generated.Tables.REVIEW;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_ELIGIBILITY;
import static fr.ptce.workbench.persistence.generated.Tables.REVIEW_SCORE;

import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.review.Eligibility;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.ReviewerRole;
import fr.ptce.workbench.domain.review.Score;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.common.ParisTime;
import fr.ptce.workbench.persistence.generated.tables.records.ReviewRecord;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;

/**
 * The reviews of the dossiers, one per dossier and reviewer e-mail, with their scores, eligibility answers and
 * judgements (maturity, governance, targets).
 */
public final class ReviewRepository {

    private final DSLContext dsl;

    public ReviewRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Stores a review whole, replacing the same reviewer's previous review of the dossier. */
    public void save(Review review) {
        Long id = dsl.select(REVIEW.ID)
                .from(REVIEW)
                .where(key(review.dossierNumber(), review.reviewer().email()))
                .fetchOne(REVIEW.ID);
        if (id == null) {
            DossierNumbers.require(dsl, review.dossierNumber());
            id = dsl.insertInto(REVIEW)
                    .set(REVIEW.DOSSIER_NUMBER, review.dossierNumber())
                    .set(REVIEW.REVIEWER_EMAIL, review.reviewer().email())
                    .set(columns(review))
                    .returningResult(REVIEW.ID)
                    .fetchOne(REVIEW.ID);
        } else {
            dsl.update(REVIEW).set(columns(review)).where(REVIEW.ID.eq(id)).execute();
            // only the rows that changed: a score change writes one row, not the whole review again
            syncScores(id, review.scores());
            syncAnswers(id, review.eligibility().answers());
            return;
        }
        for (Map.Entry<String, Score> e : review.scores().entrySet()) {
            insertScore(id, e.getKey(), e.getValue());
        }
        for (Map.Entry<EligibilityCriterion, Eligibility.Answer> e :
                review.eligibility().answers().entrySet()) {
            insertAnswer(id, e.getKey(), e.getValue());
        }
    }

    private void syncScores(long id, Map<String, Score> scores) {
        Map<String, Score> stored = new HashMap<>();
        dsl.selectFrom(REVIEW_SCORE)
                .where(REVIEW_SCORE.REVIEW_ID.eq(id))
                .forEach(s ->
                        stored.put(s.getCriterion(), new Score(Scale.normalize(s.getScoreValue()), s.getComment())));
        for (String gone : stored.keySet()) {
            if (!scores.containsKey(gone)) {
                dsl.deleteFrom(REVIEW_SCORE)
                        .where(REVIEW_SCORE.REVIEW_ID.eq(id).and(REVIEW_SCORE.CRITERION.eq(gone)))
                        .execute();
            }
        }
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score before = stored.get(e.getKey());
            Score now = e.getValue();
            if (before == null) {
                insertScore(id, e.getKey(), now);
            } else if (!sameValue(before.value(), now.value()) || !Objects.equals(before.comment(), now.comment())) {
                dsl.update(REVIEW_SCORE)
                        .set(REVIEW_SCORE.SCORE_VALUE, now.value())
                        .set(REVIEW_SCORE.COMMENT, now.comment())
                        .where(REVIEW_SCORE.REVIEW_ID.eq(id).and(REVIEW_SCORE.CRITERION.eq(e.getKey())))
                        .execute();
            }
        }
    }

    private void syncAnswers(long id, Map<EligibilityCriterion, Eligibility.Answer> answers) {
        Map<EligibilityCriterion, Eligibility.Answer> stored =
                answers(REVIEW_ELIGIBILITY.REVIEW_ID.eq(id)).getOrDefault(id, Map.of());
        for (EligibilityCriterion gone : stored.keySet()) {
            if (!answers.containsKey(gone)) {
                dsl.deleteFrom(REVIEW_ELIGIBILITY)
                        .where(REVIEW_ELIGIBILITY.REVIEW_ID.eq(id).and(REVIEW_ELIGIBILITY.CRITERION.eq(gone.name())))
                        .execute();
            }
        }
        for (Map.Entry<EligibilityCriterion, Eligibility.Answer> e : answers.entrySet()) {
            Eligibility.Answer before = stored.get(e.getKey());
            if (before == null) {
                insertAnswer(id, e.getKey(), e.getValue());
            } else if (!before.equals(e.getValue())) {
                EligibilityAnswer value = e.getValue().value();
                dsl.update(REVIEW_ELIGIBILITY)
                        .set(REVIEW_ELIGIBILITY.ANSWER, value == null ? null : value.name())
                        .set(REVIEW_ELIGIBILITY.NOTE, e.getValue().note())
                        .where(REVIEW_ELIGIBILITY
                                .REVIEW_ID
                                .eq(id)
                                .and(REVIEW_ELIGIBILITY.CRITERION.eq(e.getKey().name())))
                        .execute();
            }
        }
    }

    private static boolean sameValue(BigDecimal a, BigDecimal b) {
        return a == null ? b == null : b != null && a.compareTo(b) == 0;
    }

    private void insertScore(long id, String criterion, Score score) {
        dsl.insertInto(REVIEW_SCORE)
                .set(REVIEW_SCORE.REVIEW_ID, id)
                .set(REVIEW_SCORE.CRITERION, criterion)
                .set(REVIEW_SCORE.SCORE_VALUE, score.value())
                .set(REVIEW_SCORE.COMMENT, score.comment())
                .execute();
    }

    private void insertAnswer(long id, EligibilityCriterion criterion, Eligibility.Answer answer) {
        EligibilityAnswer value = answer.value();
        dsl.insertInto(REVIEW_ELIGIBILITY)
                .set(REVIEW_ELIGIBILITY.REVIEW_ID, id)
                .set(REVIEW_ELIGIBILITY.CRITERION, criterion.name())
                .set(REVIEW_ELIGIBILITY.ANSWER, value == null ? null : value.name())
                .set(REVIEW_ELIGIBILITY.NOTE, answer.note())
                .execute();
    }

    /** One reviewer's review of a dossier. */
    public Optional<Review> find(String dossierNumber, String reviewerEmail) {
        return read(key(dossierNumber, reviewerEmail)).stream().findFirst();
    }

    /** Every review of a dossier, oldest reviewer first. */
    public List<Review> forDossier(String dossierNumber) {
        return read(REVIEW.DOSSIER_NUMBER.eq(dossierNumber));
    }

    /** Every review of the workspace, by dossier number. */
    public List<Review> all() {
        return read(REVIEW.ID.isNotNull());
    }

    private static Condition key(String dossierNumber, String reviewerEmail) {
        return REVIEW.DOSSIER_NUMBER.eq(dossierNumber).and(REVIEW.REVIEWER_EMAIL.eq(reviewerEmail));
    }

    private List<Review> read(Condition condition) {
        List<ReviewRecord> rows = dsl.selectFrom(REVIEW)
                .where(condition)
                .orderBy(REVIEW.DOSSIER_NUMBER, REVIEW.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(ReviewRecord::getId).toList();
        Map<Long, Map<String, Score>> scores = new HashMap<>();
        dsl.selectFrom(REVIEW_SCORE)
                .where(REVIEW_SCORE.REVIEW_ID.in(ids))
                .orderBy(REVIEW_SCORE.REVIEW_ID, REVIEW_SCORE.CRITERION)
                .forEach(s -> scores.computeIfAbsent(s.getReviewId(), k -> new LinkedHashMap<>())
                        .put(s.getCriterion(), new Score(Scale.normalize(s.getScoreValue()), s.getComment())));
        Map<Long, Map<EligibilityCriterion, Eligibility.Answer>> answers =
                answers(REVIEW_ELIGIBILITY.REVIEW_ID.in(ids));
        List<Review> reviews = new ArrayList<>();
        for (ReviewRecord r : rows) {
            reviews.add(new Review(
                    r.getDossierNumber(),
                    new Reviewer(
                            r.getReviewerName(),
                            r.getReviewerEmail(),
                            ReviewerRole.valueOf(r.getReviewerRole()),
                            r.getReviewerRegion()),
                    r.getGridId(),
                    r.getGridVersion(),
                    scores.getOrDefault(r.getId(), Map.of()),
                    new Eligibility(answers.getOrDefault(r.getId(), Map.of())),
                    r.getMaturity() == null ? null : Maturity.valueOf(r.getMaturity()),
                    r.getGovernance() == null ? null : Governance.valueOf(r.getGovernance()),
                    new Targets(r.getTargetA(), r.getTargetB(), r.getTargetC()),
                    ParisTime.of(r.getUpdatedAt())));
        }
        return reviews;
    }

    /** The eligibility answers of the reviews the condition selects, by review id. */
    private Map<Long, Map<EligibilityCriterion, Eligibility.Answer>> answers(Condition condition) {
        Map<Long, Map<EligibilityCriterion, Eligibility.Answer>> answers = new HashMap<>();
        dsl.selectFrom(REVIEW_ELIGIBILITY)
                .where(condition)
                .forEach(a -> answers.computeIfAbsent(a.getReviewId(), k -> new EnumMap<>(EligibilityCriterion.class))
                        .put(
                                EligibilityCriterion.valueOf(a.getCriterion()),
                                new Eligibility.Answer(
                                        a.getAnswer() == null ? null : EligibilityAnswer.valueOf(a.getAnswer()),
                                        a.getNote())));
        return answers;
    }

    /** The review's columns that a save writes, whether it inserts or updates (not its dossier, not its author). */
    private static Map<Field<?>, Object> columns(Review review) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(REVIEW.REVIEWER_NAME, review.reviewer().name());
        columns.put(REVIEW.REVIEWER_ROLE, review.reviewer().role().name());
        columns.put(REVIEW.REVIEWER_REGION, review.reviewer().region());
        columns.put(REVIEW.GRID_ID, review.gridId());
        columns.put(REVIEW.GRID_VERSION, review.gridVersion());
        columns.put(
                REVIEW.MATURITY,
                review.maturity() == null ? null : review.maturity().name());
        columns.put(
                REVIEW.GOVERNANCE,
                review.governance() == null ? null : review.governance().name());
        columns.put(REVIEW.TARGET_A, review.targets().a());
        columns.put(REVIEW.TARGET_B, review.targets().b());
        columns.put(REVIEW.TARGET_C, review.targets().c());
        columns.put(REVIEW.UPDATED_AT, review.updatedAt());
        return columns;
    }
}
