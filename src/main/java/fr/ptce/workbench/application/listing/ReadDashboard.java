package fr.ptce.workbench.application.listing;

import fr.ptce.workbench.application.common.Instruction;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.avis.Recommendation;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierSummary;
import fr.ptce.workbench.domain.grid.Criterion;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.national.RegionalAvisRow;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.domain.review.Reviewer;
import fr.ptce.workbench.domain.review.Targets;
import fr.ptce.workbench.domain.stats.Calibration;
import fr.ptce.workbench.domain.stats.Histogram;
import fr.ptce.workbench.persistence.Database;
import fr.ptce.workbench.persistence.Repositories;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** Computes the dashboard of a workspace: progress, distributions, breakdowns, calibration, regions. */
public final class ReadDashboard {

    private static final int TOTAL_BINS = 10;

    private final Database database;

    public ReadDashboard(Database database) {
        this.database = database;
    }

    /** The dashboard of the workspace as it is now. */
    public Dashboard now() {
        return database.inTransaction(r -> {
            List<DossierSummary> summaries = r.dossiers().summaries();
            Optional<Reviewer> me = r.users().find();
            Map<String, Grid> grids = new HashMap<>();
            // phase 1's dashboard: the reviews and avis of phase-2 dossiers (their own numbers) are left out
            Set<String> numbers = summaries.stream().map(DossierSummary::number).collect(Collectors.toSet());
            Map<String, List<Review>> reviews = new LinkedHashMap<>();
            r.reviews().all().stream()
                    .filter(v -> numbers.contains(v.dossierNumber()))
                    .forEach(v -> reviews.computeIfAbsent(v.dossierNumber(), k -> new ArrayList<>())
                            .add(v));
            Grid grid =
                    Instruction.gridOf(r, reviews.values().stream().findFirst().orElse(List.of()));

            Map<Admissibility, Integer> admissibility = new EnumMap<>(Admissibility.class);
            summaries.stream()
                    .filter(s -> s.admissibility() != null)
                    .forEach(s -> admissibility.merge(s.admissibility(), 1, Integer::sum));
            int checked =
                    admissibility.values().stream().mapToInt(Integer::intValue).sum();

            List<BigDecimal> totals = new ArrayList<>();
            Map<String, List<BigDecimal>> scores = new LinkedHashMap<>();
            grid.codes().forEach(code -> scores.put(code, new ArrayList<>()));
            List<Calibration.ReviewerTotal> reviewerTotals = new ArrayList<>();
            Map<String, Integer> targets = new TreeMap<>(Map.of("a", 0, "b", 0, "c", 0));
            int scored = 0;
            for (List<Review> list : reviews.values()) {
                List<BigDecimal> complete = new ArrayList<>();
                for (Review review : list) {
                    GridTotals t = grids.computeIfAbsent(
                                    review.gridId() + ":" + review.gridVersion(), k -> Instruction.gridOf(r, review))
                            .totals(review.values());
                    review.values()
                            .forEach((code, value) -> scores.computeIfAbsent(code, k -> new ArrayList<>())
                                    .add(value));
                    if (t.complete()) {
                        complete.add(t.total());
                        reviewerTotals.add(new Calibration.ReviewerTotal(
                                review.reviewer().name(),
                                review.dossierNumber(),
                                t.total().doubleValue()));
                    }
                }
                if (!complete.isEmpty()) {
                    scored++;
                    totals.add(complete.stream()
                            .reduce(BigDecimal.ZERO, BigDecimal::add)
                            .divide(BigDecimal.valueOf(complete.size()), 2, RoundingMode.HALF_UP));
                }
                Targets t = list.stream()
                        .filter(v -> me.isPresent()
                                && v.reviewer().email().equals(me.get().email()))
                        .findFirst()
                        .orElse(list.get(0))
                        .targets();
                count(targets, "a", t.a());
                count(targets, "b", t.b());
                count(targets, "c", Boolean.TRUE.equals(t.c()));
            }

            Map<Recommendation, Integer> recommendations = new EnumMap<>(Recommendation.class);
            List<Avis> avis = r.regionAvis().all().stream()
                    .filter(a -> numbers.contains(a.dossierNumber()))
                    .toList();
            avis.forEach(a -> recommendations.merge(a.recommendation(), 1, Integer::sum));

            Map<String, Histogram> criteria = new LinkedHashMap<>();
            Map<String, String> labels = new HashMap<>();
            for (Criterion criterion : grid.criteria()) {
                criteria.put(
                        criterion.code(),
                        Histogram.discrete(
                                scores.get(criterion.code()), grid.scale().values()));
                labels.put(criterion.code(), criterion.label());
            }
            return new Dashboard(
                    summaries.size(),
                    checked,
                    scored,
                    avis.size(),
                    admissibility,
                    recommendations,
                    targets,
                    Histogram.of(totals, BigDecimal.ZERO, BigDecimal.valueOf(100), TOTAL_BINS),
                    criteria,
                    labels,
                    Calibration.of(reviewerTotals),
                    regions(r));
        });
    }

    private static void count(Map<String, Integer> counts, String key, boolean holds) {
        if (holds) {
            counts.merge(key, 1, Integer::sum);
        }
    }

    /** The national rows per dossier region (the row's region column), one per dossier. */
    private static List<Dashboard.RegionCount> regions(Repositories r) {
        Map<String, Map<String, Boolean>> byRegion = new TreeMap<>();
        for (RegionalAvisRow row : r.national().all()) {
            String region = row.region() == null ? "" : row.region();
            byRegion.computeIfAbsent(region, k -> new HashMap<>())
                    .merge(row.dossierNumber(), Boolean.TRUE.equals(row.proposedForPhase2()), Boolean::logicalOr);
        }
        List<Dashboard.RegionCount> counts = new ArrayList<>();
        byRegion.forEach((region, dossiers) -> counts.add(new Dashboard.RegionCount(region, dossiers.size(), (int)
                dossiers.values().stream().filter(Boolean::booleanValue).count())));
        return counts;
    }
}
