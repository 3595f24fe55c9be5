package fr.ptce.workbench.domain.stats;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewers' calibration: each one's mean and spread, and how far above or below the others they score on the
 * dossiers they share. A reviewer who gives 8 points more than their colleagues on the same dossiers is "generous".
 */
public final class Calibration {

    private Calibration() {}

    /** One reviewer's complete total on one dossier. */
    public record ReviewerTotal(String reviewer, String dossierNumber, double total) {}

    /** Every reviewer's calibration, by name. */
    public static List<ReviewerCalibration> of(List<ReviewerTotal> totals) {
        Map<String, List<ReviewerTotal>> byDossier = new LinkedHashMap<>();
        Map<String, List<ReviewerTotal>> byReviewer = new LinkedHashMap<>();
        for (ReviewerTotal t : totals) {
            byDossier.computeIfAbsent(t.dossierNumber(), k -> new ArrayList<>()).add(t);
            byReviewer.computeIfAbsent(t.reviewer(), k -> new ArrayList<>()).add(t);
        }
        List<ReviewerCalibration> result = new ArrayList<>();
        byReviewer.forEach((reviewer, own) -> {
            List<Double> values = own.stream().map(ReviewerTotal::total).toList();
            List<Double> gaps = new ArrayList<>();
            for (ReviewerTotal t : own) {
                List<Double> others = byDossier.get(t.dossierNumber()).stream()
                        .filter(o -> !o.reviewer().equals(reviewer))
                        .map(ReviewerTotal::total)
                        .toList();
                if (!others.isEmpty()) {
                    gaps.add(t.total() - mean(others));
                }
            }
            result.add(new ReviewerCalibration(
                    reviewer,
                    own.size(),
                    mean(values),
                    deviation(values),
                    gaps.size(),
                    gaps.isEmpty() ? null : mean(gaps),
                    gaps.isEmpty() ? null : deviation(gaps)));
        });
        result.sort(Comparator.comparing(ReviewerCalibration::reviewer));
        return List.copyOf(result);
    }

    static double mean(List<Double> values) {
        return values.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }

    /** The population standard deviation (0 for one value). */
    static double deviation(List<Double> values) {
        double mean = mean(values);
        return Math.sqrt(values.stream()
                .mapToDouble(v -> (v - mean) * (v - mean))
                .average()
                .orElse(0));
    }
}
