package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.Consolidation;
import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.application.common.InvalidInputException;
import fr.ptce.workbench.application.common.ReviewChanges.FieldChange;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Phase2Rule;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.check.DossierChecker;
import fr.ptce.workbench.domain.grid.Grid;
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
 * Saves the region's avis on a dossier: motivation required, phase 2 only under the call's rule, consolidated scores
 * from the reviews' mean unless changed with a reason; one transaction with one audit row per changed field. A save
 * over a newer change than the one the user started from is refused ({@link ConcurrentAvisChangeException}), on
 * both engines: the stored row is checked and written in one statement, so that two concurrent saves cannot both
 * pass.
 */
public final class SaveAvis {

    private final Database database;
    private final DossierChecker checker;
    private final Clock clock;

    public SaveAvis(Database database, DossierChecker checker, Clock clock) {
        this.database = database;
        this.checker = checker;
        this.clock = clock;
    }

    /** Validates and saves the avis, returning it as stored; a refusal saves nothing. */
    public Avis save(AvisDraft draft) {
        Objects.requireNonNull(draft, "draft");
        String number = draft.dossierNumber();
        return database.inTransaction(r -> {
            Reviewer me = Instruction.user(r);
            Phase phase = Instruction.phaseOf(r, number);
            if (draft.recommendation() == null) {
                throw new InvalidInputException("Dossier n° " + number + "\u00a0: choisissez la recommandation de"
                        + " l'avis (favorable, favorable avec réserves ou défavorable).");
            }
            if (draft.motivation() == null || draft.motivation().isBlank()) {
                throw new InvalidInputException(
                        "Dossier n° " + number + "\u00a0: la motivation de l'avis est obligatoire.");
            }
            List<Review> reviews = r.reviews().forDossier(number);
            Grid grid = Instruction.gridOf(r, reviews, phase);
            Map<String, BigDecimal> mean = Consolidation.mean(grid, reviews);
            Map<String, BigDecimal> scores =
                    draft.consolidatedScores() == null ? mean : consolidated(grid, number, draft, mean);
            OffsetDateTime now = OffsetDateTime.now(clock);
            Avis avis = new Avis(
                    number,
                    draft.recommendation(),
                    draft.proposedForPhase2(),
                    draft.motivation(),
                    draft.strengths(),
                    draft.attentionPoints(),
                    scores,
                    draft.scoreChangeReason(),
                    me.name(),
                    now);
            Optional<String> refusal = phase == Phase.TWO
                    ? phase2Refusal(avis)
                    : Phase2Rule.refusal(avis, targets(r, me, reviews, number));
            if (refusal.isPresent()) {
                throw new InvalidInputException(refusal.get());
            }
            Avis previous = r.regionAvis().find(number).orElse(null);
            long current = previous == null ? 0 : previous.version();
            long base = draft.baseVersion() == AvisDraft.ANY_VERSION ? current : draft.baseVersion();
            if (base != current) {
                throw conflict(avis, base, r.regionAvis().find(number).orElseThrow());
            }
            List<FieldChange> changes = AvisChanges.between(previous, avis);
            if (previous != null && changes.isEmpty()) {
                return previous;
            }
            long saved = r.regionAvis().save(avis, current);
            if (saved < 0) {
                // saved by someone else between the read and the write: the database said so, nothing written
                throw conflict(avis, base, r.regionAvis().find(number).orElseThrow());
            }
            changes.forEach(c -> r.audit().append(now, me.signature(), number, c.field(), c.oldValue(), c.newValue()));
            return withVersion(avis, saved);
        });
    }

    /** The targets of the user's review, else the first one's, else pre-filled from the dossier's checks. */
    private Targets targets(Repositories r, Reviewer me, List<Review> reviews, String number) {
        return reviews.stream()
                .filter(v -> v.reviewer().email().equals(me.email()))
                .findFirst()
                .or(() -> reviews.stream().findFirst())
                .map(Review::targets)
                .orElseGet(() -> Instruction.prefilled(checker.check(Instruction.dossier(r, number))));
    }

    /** A phase-2 dossier's avis proposes nothing for phase 2: it is already there. */
    private static Optional<String> phase2Refusal(Avis avis) {
        return avis.proposedForPhase2()
                ? Optional.of("Dossier n° " + avis.dossierNumber() + "\u00a0: c'est un dossier de phase 2, il ne peut"
                        + " pas être proposé en phase 2.")
                : Optional.empty();
    }

    private static ConcurrentAvisChangeException conflict(Avis mine, long base, Avis theirs) {
        return new ConcurrentAvisChangeException(withVersion(mine, base), theirs, base);
    }

    private static Avis withVersion(Avis avis, long version) {
        return new Avis(
                avis.dossierNumber(),
                avis.recommendation(),
                avis.proposedForPhase2(),
                avis.motivation(),
                avis.strengths(),
                avis.attentionPoints(),
                avis.consolidatedScores(),
                avis.scoreChangeReason(),
                avis.author(),
                avis.at(),
                version);
    }

    private static Map<String, BigDecimal> consolidated(
            Grid grid, String number, AvisDraft draft, Map<String, BigDecimal> mean) {
        Map<String, BigDecimal> scores = new LinkedHashMap<>();
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, BigDecimal> e : draft.consolidatedScores().entrySet()) {
            String code = grid.criterion(e.getKey())
                    .map(c -> c.code())
                    .orElseThrow(() ->
                            new InvalidInputException("Dossier n° " + number + "\u00a0: le critère «\u00a0" + e.getKey()
                                    + "\u00a0» n'existe pas dans" + " la grille «\u00a0" + grid.name() + "\u00a0»."));
            BigDecimal value = e.getValue();
            if (value != null
                    && (value.compareTo(grid.scale().min()) < 0
                            || value.compareTo(grid.scale().max()) > 0)) {
                throw new InvalidInputException("Dossier n° " + number + ", critère " + code
                        + "\u00a0: la note consolidée doit être entre "
                        + grid.scale().min() + " et "
                        + grid.scale().max() + ".");
            }
            BigDecimal before = mean.get(code);
            if (value == null ? before != null : before == null || value.compareTo(before) != 0) {
                changed.add(code);
            }
            if (value != null) {
                scores.put(code, value);
            }
        }
        boolean dropped = mean.keySet().stream()
                .anyMatch(code -> !draft.consolidatedScores().containsKey(code));
        if ((!changed.isEmpty() || dropped)
                && (draft.scoreChangeReason() == null
                        || draft.scoreChangeReason().isBlank())) {
            throw new InvalidInputException("Dossier n° " + number + "\u00a0: les notes consolidées "
                    + (changed.isEmpty() ? "" : String.join(", ", changed) + " ")
                    + "diffèrent de la moyenne des évaluations\u00a0; indiquez le motif du changement.");
        }
        return scores;
    }
}
