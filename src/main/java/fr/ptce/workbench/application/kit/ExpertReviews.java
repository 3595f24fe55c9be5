package fr.ptce.workbench.application.kit;

import static fr.ptce.workbench.domain.CallTime.PARIS;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.kit.Assignment;
import fr.ptce.workbench.domain.kit.Expert;
import fr.ptce.workbench.domain.kit.Kit;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.ReviewComparison;
import fr.ptce.workbench.domain.review.ReviewComparison.Thresholds;
import fr.ptce.workbench.persistence.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the experts' work: progress per expert, the reviews of a dossier side by side, the dossiers to discuss. */
public final class ExpertReviews {

    private final Database database;
    private final Clock clock;

    public ExpertReviews(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Every expert's progress, by name. */
    public List<ExpertProgress> progress() {
        LocalDate today = LocalDate.now(clock.withZone(PARIS));
        return database.inTransaction(r -> {
            List<ExpertProgress> list = new ArrayList<>();
            for (Expert e : r.experts().all()) {
                List<Kit> kits = r.experts().kits(e.email());
                List<Assignment> assignments = r.experts().assignments(e.email());
                int scored = 0;
                int assigned = 0;
                for (Assignment a : assignments) {
                    if (!a.conflict()) {
                        assigned++;
                        if (r.reviews()
                                .find(a.dossierNumber(), e.email())
                                .filter(v -> complete(r, v))
                                .isPresent()) {
                            scored++;
                        }
                    }
                }
                list.add(new ExpertProgress(
                        e,
                        kits.size(),
                        (int) kits.stream().filter(k -> k.returns() > 0).count(),
                        scored,
                        assigned,
                        assignments.size() - assigned,
                        kits.stream().anyMatch(k -> k.late(today))));
            }
            return list;
        });
    }

    private static boolean complete(fr.ptce.workbench.persistence.Repositories r, Review v) {
        return Instruction.gridOf(r, v).codes().stream()
                .allMatch(code -> v.score(code).value() != null);
    }

    /** A dossier's reviews side by side on the grid of its first review. */
    public ReviewComparison compare(String number, Thresholds thresholds) {
        return database.inTransaction(r -> {
            Phase phase = Instruction.phaseOf(r, number);
            List<Review> reviews = r.reviews().forDossier(number);
            Grid grid = Instruction.gridOf(r, reviews, phase);
            return ReviewComparison.of(grid, reviews, thresholds);
        });
    }

    /** The dossiers whose reviewers disagree, with the disputed criteria, by dossier number. */
    public Map<String, List<String>> toDiscuss(Thresholds thresholds) {
        return database.inTransaction(r -> {
            Map<String, List<Review>> byDossier = new LinkedHashMap<>();
            r.reviews()
                    .all()
                    .forEach(v -> byDossier
                            .computeIfAbsent(v.dossierNumber(), k -> new ArrayList<>())
                            .add(v));
            Map<String, List<String>> out = new LinkedHashMap<>();
            byDossier.forEach((number, reviews) -> {
                List<String> disputed = ReviewComparison.of(Instruction.gridOf(r, reviews), reviews, thresholds)
                        .disputed();
                if (!disputed.isEmpty()) {
                    out.put(number, disputed);
                }
            });
            return out;
        });
    }

    /** A reviewer's block and general comments on a dossier (code {@code GENERAL} for the general one). */
    public Map<String, String> comments(String number, String reviewerEmail) {
        return database.inTransaction(r -> r.experts().comments(number, reviewerEmail));
    }
}
