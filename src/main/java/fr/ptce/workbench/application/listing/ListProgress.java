package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.persistence.Database;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/** Lists the instruction progress of every dossier for the dossier list and the status bar. */
public final class ListProgress {

    private final Database database;

    public ListProgress(Database database) {
        this.database = database;
    }

    /** Every dossier by number, with what the user has done on it. */
    public ProgressOverview all() {
        return database.inTransaction(r -> {
            Optional<Reviewer> me = r.users().find();
            Map<String, Review> mine = new HashMap<>();
            if (me.isPresent()) {
                r.reviews().all().stream()
                        .filter(v -> v.reviewer().email().equals(me.get().email()))
                        .forEach(v -> mine.put(v.dossierNumber(), v));
            }
            Set<String> withAvis =
                    r.regionAvis().all().stream().map(Avis::dossierNumber).collect(Collectors.toSet());
            Map<String, Grid> grids = new HashMap<>();
            List<DossierProgress> rows = new ArrayList<>();
            int avisCount = 0;
            for (String number : new TreeSet<>(r.dossiers().numbers())) {
                Review review = mine.get(number);
                GridTotals totals = review == null
                        ? null
                        : grids.computeIfAbsent(
                                        review.gridId() + ":" + review.gridVersion(),
                                        k -> Instruction.gridOf(r, review))
                                .totals(review.values());
                boolean hasAvis = withAvis.contains(number);
                avisCount += hasAvis ? 1 : 0;
                rows.add(
                        totals == null
                                ? new DossierProgress(number, false, hasAvis, null, 0, 0)
                                : new DossierProgress(
                                        number,
                                        totals.complete(),
                                        hasAvis,
                                        totals.total(),
                                        totals.scored(),
                                        totals.criteria()));
            }
            return new ProgressOverview(rows, avisCount, rows.size());
        });
    }
}
