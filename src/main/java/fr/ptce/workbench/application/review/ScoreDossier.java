package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.common.ReviewChanges;
import fr.ptce.workbench.application.common.ReviewChanges.FieldChange;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.dossier.Territory;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.Scale;
import fr.ptce.workbench.domain.review.EligibilityAnswer;
import fr.ptce.workbench.domain.review.EligibilityCriterion;
import fr.ptce.workbench.domain.review.Governance;
import fr.ptce.workbench.domain.review.Maturity;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Edits the current user's review of a dossier: each call validates against the grid, commits at once (autosave)
 * with one audit row per changed field, and returns the saved review; a refused change saves nothing.
 */
public final class ScoreDossier {

    private final Database database;
    private final DossierChecker checker;
    private final Clock clock;

    public ScoreDossier(Database database, DossierChecker checker, Clock clock) {
        this.database = database;
        this.checker = checker;
        this.clock = clock;
    }

    /** Scores one criterion (null clears the score, keeping the comment). */
    public Review setScore(String number, String criterionCode, BigDecimal value) {
        return edit(number, (grid, review, at) -> {
            Criterion c = criterion(grid, number, criterionCode);
            check(grid, number, c, value);
            return review.withScore(c.code(), review.score(c.code()).withValue(Scale.normalize(value)), at);
        });
    }

    /** Writes the comment of one criterion (null or blank clears it). */
    public Review setComment(String number, String criterionCode, String comment) {
        return edit(number, (grid, review, at) -> {
            Criterion c = criterion(grid, number, criterionCode);
            return review.withScore(c.code(), review.score(c.code()).withComment(comment), at);
        });
    }

    /**
     * Scores and comments several criteria at once, all or nothing: every assignment is validated before any is
     * saved, and the refusal lists every problem.
     */
    public Review setScores(String number, Map<String, BigDecimal> scores, Map<String, String> comments) {
        return setScores(number, scores, comments, null);
    }

    /**
     * As {@link #setScores(String, Map, Map)}, and judges the democratic governance in the same transaction (null
     * leaves it as it is).
     */
    public Review setScores(
            String number, Map<String, BigDecimal> scores, Map<String, String> comments, Governance governance) {
        return edit(number, (grid, review, at) -> {
            List<String> problems = new ArrayList<>();
            Map<String, BigDecimal> values = new LinkedHashMap<>();
            Map<String, String> texts = new LinkedHashMap<>();
            scores.forEach((code, value) -> validate(problems, () -> {
                Criterion c = criterion(grid, number, code);
                check(grid, number, c, value);
                values.put(c.code(), Scale.normalize(value));
            }));
            comments.forEach((code, text) -> validate(
                    problems, () -> texts.put(criterion(grid, number, code).code(), text)));
            if (!problems.isEmpty()) {
                throw new InvalidInputException(String.join("\n", problems));
            }
            Review changed = review;
            for (Map.Entry<String, BigDecimal> e : values.entrySet()) {
                changed =
                        changed.withScore(e.getKey(), changed.score(e.getKey()).withValue(e.getValue()), at);
            }
            for (Map.Entry<String, String> e : texts.entrySet()) {
                changed =
                        changed.withScore(e.getKey(), changed.score(e.getKey()).withComment(e.getValue()), at);
            }
            return governance == null ? changed : changed.withGovernance(governance, at);
        });
    }

    /** Answers one eligibility criterion (a null answer and a blank note clear it). */
    public Review setEligibility(String number, EligibilityCriterion criterion, EligibilityAnswer answer, String note) {
        Objects.requireNonNull(criterion, "criterion");
        return edit(
                number,
                (grid, review, at) ->
                        review.withEligibility(review.eligibility().with(criterion, answer, note), at));
    }

    /** Sets the maturity (null clears it). */
    public Review setMaturity(String number, Maturity maturity) {
        return edit(number, (grid, review, at) -> review.withMaturity(maturity, at));
    }

    /** Judges the democratic governance (null clears the judgement). */
    public Review setGovernance(String number, Governance governance) {
        return edit(number, (grid, review, at) -> review.withGovernance(governance, at));
    }

    /** Sets the targets (a), (b), (c). */
    public Review setTargets(String number, Targets targets) {
        Objects.requireNonNull(targets, "targets");
        return edit(number, (grid, review, at) -> review.withTargets(targets, at));
    }

    private Review edit(String number, Change change) {
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Optional<Review> existing = r.reviews().find(number, me.email());
            Review before = existing.orElseGet(() -> start(r, number, me, now));
            // a new review was started on the current grid of the dossier's phase, stored by start
            Grid grid = Instruction.gridOf(r, before);
            Review after = change.apply(grid, before, now).withReviewer(me);
            List<FieldChange> changes = ReviewChanges.between(grid, before, after);
            if (changes.isEmpty() && existing.isPresent()) {
                return existing.get();
            }
            r.reviews().save(after);
            if (after.hasScores()) {
                r.grids().freeze(grid.id(), grid.version());
            }
            changes.forEach(c -> r.audit().append(now, me.signature(), number, c.field(), c.oldValue(), c.newValue()));
            return after;
        });
    }

    private Review start(Repositories r, String number, Reviewer me, OffsetDateTime now) {
        Phase phase = Instruction.phaseOf(r, number);
        Grid grid = Instruction.currentGrid(r, phase);
        if (phase == Phase.TWO) {
            // the targets are phase 1's judgement: a phase-2 review starts without any
            return Review.start(number, me, grid.id(), grid.version(), new Targets(false, false, null), now);
        }
        // the pre-filled target (c) needs the territory only: the texts are not read
        Territory territory = r.dossiers()
                .outline(number)
                .orElseThrow(() -> Instruction.unknown(number))
                .territory();
        Targets targets = Instruction.prefilled(checker.zrrDetected(territory), checker.qpvDetected(territory));
        return Review.start(number, me, grid.id(), grid.version(), targets, now);
    }

    private static Criterion criterion(Grid grid, String number, String code) {
        String wanted = code == null ? "" : code.strip();
        return grid.criterion(wanted)
                .or(() -> grid.criteria().stream()
                        .filter(c -> c.code().equalsIgnoreCase(wanted))
                        .findFirst())
                .orElseThrow(() -> new InvalidInputException("Dossier n° " + number + "\u00a0: le critère"
                        + " «\u00a0" + code + "\u00a0» n'existe pas dans la grille «\u00a0" + grid.name()
                        + "\u00a0» (critères\u00a0: "
                        + String.join(", ", grid.codes()) + ")."));
    }

    private static void check(Grid grid, String number, Criterion c, BigDecimal value) {
        if (value != null && !grid.scale().accepts(value)) {
            throw new InvalidInputException("Dossier n° " + number + ", critère " + c.code() + "\u00a0: la note "
                    + value.toPlainString().replace('.', ',') + " n'est pas sur l'échelle de la grille (valeurs"
                    + " permises\u00a0: " + grid.scale().describe() + ").");
        }
    }

    private static void validate(List<String> problems, Runnable step) {
        try {
            step.run();
        } catch (InvalidInputException e) {
            problems.add(e.getMessage());
        }
    }

    /** One edit of a review, given its grid and the time of the change. */
    @FunctionalInterface
    private interface Change {
        Review apply(Grid grid, Review review, OffsetDateTime at);
    }
}
