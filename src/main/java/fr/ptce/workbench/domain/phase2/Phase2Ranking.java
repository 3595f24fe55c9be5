package fr.ptce.workbench.domain.phase2;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The phase-2 ranking: the phase-2 dossiers by PESSII's consolidated phase-2 score, highest first, then by number;
 * dossiers without a consolidated score come after, unranked. Pure.
 */
public final class Phase2Ranking {

    private Phase2Ranking() {}

    /** A phase-2 dossier's place: its rank from 1, or 0 when it has no score. */
    public record Place(String number, BigDecimal score, int rank) {}

    /** The places of these dossier numbers given the consolidated scores (numbers without one are unranked). */
    public static List<Place> rank(List<String> numbers, Map<String, BigDecimal> scores) {
        Comparator<String> byNumber = Comparator.comparing(String::length).thenComparing(Comparator.naturalOrder());
        List<String> scored = new ArrayList<>(
                numbers.stream().filter(n -> scores.get(n) != null).toList());
        scored.sort(Comparator.comparing((String n) -> scores.get(n)).reversed().thenComparing(byNumber));
        List<Place> places = new ArrayList<>();
        for (String number : scored) {
            places.add(new Place(number, scores.get(number), places.size() + 1));
        }
        numbers.stream()
                .filter(n -> scores.get(n) == null)
                .sorted(byNumber)
                .forEach(n -> places.add(new Place(n, null, 0)));
        return List.copyOf(places);
    }
}
