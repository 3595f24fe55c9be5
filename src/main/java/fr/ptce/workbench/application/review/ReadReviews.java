package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.campaign.Phase;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads the instruction of dossiers: the scoring sheet of one, or every dossier's reviews and avis. */
public final class ReadReviews {

    private final Database database;

    public ReadReviews(Database database) {
        this.database = database;
    }

    /** The scoring sheet of a dossier; "mine" is the workspace user's review (none while no user is set). */
    public ReviewSheet of(String number) {
        return database.inTransaction(r -> {
            Phase phase = Instruction.phaseOf(r, number);
            Optional<Reviewer> me = r.users().find();
            List<Review> reviews = r.reviews().forDossier(number);
            Optional<Review> mine = reviews.stream()
                    .filter(v -> me.isPresent()
                            && v.reviewer().email().equals(me.get().email()))
                    .findFirst();
            List<Review> others = reviews.stream()
                    .filter(v -> mine.isEmpty() || v != mine.get())
                    .toList();
            Grid grid = mine.isPresent() ? Instruction.gridOf(r, mine.get()) : Instruction.latestGrid(r, phase);
            return new ReviewSheet(
                    grid,
                    mine,
                    others,
                    grid.totals(mine.map(Review::values).orElse(Map.of())),
                    r.regionAvis().find(number),
                    r.overrides().find(number),
                    r.audit().forDossier(number));
        });
    }

    /** Every dossier's reviews and avis, by dossier number (dossiers without either are left out). */
    public Map<String, DossierReviews> all() {
        return database.inTransaction(r -> {
            Map<String, Grid> grids = new HashMap<>();
            Map<String, List<ScoredReview>> reviews = new LinkedHashMap<>();
            for (Review review : r.reviews().all()) {
                Grid grid = grids.computeIfAbsent(
                        review.gridId() + ":" + review.gridVersion(), k -> Instruction.gridOf(r, review));
                reviews.computeIfAbsent(review.dossierNumber(), k -> new ArrayList<>())
                        .add(new ScoredReview(review, grid, grid.totals(review.values())));
            }
            Map<String, Avis> avis = new HashMap<>();
            r.regionAvis().all().forEach(a -> avis.put(a.dossierNumber(), a));
            Map<String, DossierReviews> all = new LinkedHashMap<>();
            reviews.forEach((number, list) ->
                    all.put(number, new DossierReviews(number, list, Optional.ofNullable(avis.get(number)))));
            avis.forEach((number, a) -> all.putIfAbsent(number, new DossierReviews(number, List.of(), Optional.of(a))));
            return all;
        });
    }
}
