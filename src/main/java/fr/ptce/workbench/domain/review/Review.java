package fr.ptce.workbench.domain.review;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One reviewer's review of one dossier on one grid version: scores and comments per criterion code, eligibility,
 * maturity and democratic governance (each null until judged) and targets.
 */
public record Review(
        String dossierNumber,
        Reviewer reviewer,
        String gridId,
        int gridVersion,
        Map<String, Score> scores,
        Eligibility eligibility,
        Maturity maturity,
        Governance governance,
        Targets targets,
        OffsetDateTime updatedAt) {

    public Review {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(reviewer, "reviewer");
        Objects.requireNonNull(gridId, "gridId");
        Objects.requireNonNull(updatedAt, "updatedAt");
        Map<String, Score> copy = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            if (score != null && !score.isEmpty()) {
                copy.put(code, score);
            }
        });
        scores = Collections.unmodifiableMap(copy);
        eligibility = eligibility == null ? Eligibility.NONE : eligibility;
        targets = targets == null ? Targets.NONE : targets;
    }

    /** A review whose governance is not judged yet. */
    public Review(
            String dossierNumber,
            Reviewer reviewer,
            String gridId,
            int gridVersion,
            Map<String, Score> scores,
            Eligibility eligibility,
            Maturity maturity,
            Targets targets,
            OffsetDateTime updatedAt) {
        this(dossierNumber, reviewer, gridId, gridVersion, scores, eligibility, maturity, null, targets, updatedAt);
    }

    /** A new, empty review. */
    public static Review start(
            String dossierNumber,
            Reviewer reviewer,
            String gridId,
            int gridVersion,
            Targets targets,
            OffsetDateTime at) {
        return new Review(
                dossierNumber, reviewer, gridId, gridVersion, Map.of(), Eligibility.NONE, null, null, targets, at);
    }

    /** The score of a criterion, {@link Score#EMPTY} when neither scored nor commented. */
    public Score score(String criterionCode) {
        return scores.getOrDefault(criterionCode, Score.EMPTY);
    }

    /** The scored values by criterion code, for the grid's totals. */
    public Map<String, BigDecimal> values() {
        Map<String, BigDecimal> values = new LinkedHashMap<>();
        scores.forEach((code, score) -> {
            if (score.value() != null) {
                values.put(code, score.value());
            }
        });
        return values;
    }

    /** Whether at least one criterion has a value (the grid version is then frozen). */
    public boolean hasScores() {
        return scores.values().stream().anyMatch(s -> s.value() != null);
    }

    /** This review with one criterion's score replaced. */
    public Review withScore(String criterionCode, Score score, OffsetDateTime at) {
        Map<String, Score> changed = new LinkedHashMap<>(scores);
        changed.put(criterionCode, score);
        return new Review(
                dossierNumber, reviewer, gridId, gridVersion, changed, eligibility, maturity, governance, targets, at);
    }

    /** This review with another eligibility. */
    public Review withEligibility(Eligibility newEligibility, OffsetDateTime at) {
        return new Review(
                dossierNumber,
                reviewer,
                gridId,
                gridVersion,
                scores,
                newEligibility,
                maturity,
                governance,
                targets,
                at);
    }

    /** This review with another maturity. */
    public Review withMaturity(Maturity newMaturity, OffsetDateTime at) {
        return new Review(
                dossierNumber,
                reviewer,
                gridId,
                gridVersion,
                scores,
                eligibility,
                newMaturity,
                governance,
                targets,
                at);
    }

    /** This review with another governance judgement. */
    public Review withGovernance(Governance newGovernance, OffsetDateTime at) {
        return new Review(
                dossierNumber,
                reviewer,
                gridId,
                gridVersion,
                scores,
                eligibility,
                maturity,
                newGovernance,
                targets,
                at);
    }

    /** This review with other targets. */
    public Review withTargets(Targets newTargets, OffsetDateTime at) {
        return new Review(
                dossierNumber,
                reviewer,
                gridId,
                gridVersion,
                scores,
                eligibility,
                maturity,
                governance,
                newTargets,
                at);
    }

    /** This review signed by the reviewer's current identity (same e-mail, name or role changed). */
    public Review withReviewer(Reviewer current) {
        return new Review(
                dossierNumber,
                current,
                gridId,
                gridVersion,
                scores,
                eligibility,
                maturity,
                governance,
                targets,
                updatedAt);
    }
}
