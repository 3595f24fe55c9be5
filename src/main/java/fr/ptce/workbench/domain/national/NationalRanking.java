package fr.ptce.workbench.domain.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Ranks the national dossiers within their wave: waves in the campaign's order (a wave the campaign does not name
 * after them, then dossiers without wave), and in each wave by the order; each gets its place in its wave (1 = best)
 * and its decision (none when absent). A dossier whose consolidated scores miss criteria of the grid has a partial
 * total (the missing ones count 0): it is ranked apart, after every complete one of its wave, and flagged, so that a
 * total on one criterion never outranks a final one.
 */
public final class NationalRanking {

    private NationalRanking() {}

    /**
     * @param waves the campaign's wave names, in order
     * @param criteria the criterion codes of PESSII's grid, which a complete total scores every one of
     */
    public static List<RankedDossier> rank(
            List<NationalDossier> dossiers,
            RankingOrder order,
            Map<String, NationalDecision> decisions,
            List<String> waves,
            List<String> criteria) {
        Comparator<RegionalAvisRow> rows = order.comparator();
        Comparator<NationalDossier> byWave = Comparator.comparingInt((NationalDossier d) -> waveIndex(d, waves))
                .thenComparing(d -> Objects.toString(d.row().wave(), ""));
        Comparator<NationalDossier> completeFirst =
                Comparator.comparing(d -> !d.row().completeOn(criteria));
        List<NationalDossier> sorted = new ArrayList<>(dossiers);
        sorted.sort(byWave.thenComparing(completeFirst)
                .thenComparing(NationalDossier::row, rows)
                .thenComparing(NationalDossier::exportingRegion));
        List<RankedDossier> ranked = new ArrayList<>(sorted.size());
        String wave = null;
        int place = 0;
        for (NationalDossier dossier : sorted) {
            if (place == 0 || !Objects.equals(wave, dossier.row().wave())) {
                wave = dossier.row().wave();
                place = 0;
            }
            place++;
            ranked.add(new RankedDossier(
                    place,
                    dossier,
                    decisions.getOrDefault(dossier.number(), NationalDecision.none(dossier.number())),
                    dossier.row().scoredCriteria(criteria),
                    criteria.size()));
        }
        return List.copyOf(ranked);
    }

    private static int waveIndex(NationalDossier dossier, List<String> waves) {
        String wave = dossier.row().wave();
        if (wave == null) {
            return waves.size() + 1;
        }
        int index = waves.indexOf(wave);
        return index < 0 ? waves.size() : index;
    }
}
