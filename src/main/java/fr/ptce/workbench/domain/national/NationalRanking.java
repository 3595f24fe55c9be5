package fr.ptce.workbench.domain.national;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Ranks the national dossiers with an order; each gets its place (1 = best) and its decision (none when absent). */
public final class NationalRanking {

    private NationalRanking() {
    }

    public static List<RankedDossier> rank(List<NationalDossier> dossiers, RankingOrder order,
            Map<String, NationalDecision> decisions) {
        Comparator<RegionalAvisRow> rows = order.comparator();
        List<NationalDossier> sorted = new ArrayList<>(dossiers);
        sorted.sort(Comparator.comparing(NationalDossier::row, rows)
                .thenComparing(NationalDossier::exportingRegion));
        List<RankedDossier> ranked = new ArrayList<>(sorted.size());
        for (NationalDossier dossier : sorted) {
            ranked.add(new RankedDossier(ranked.size() + 1, dossier,
                    decisions.getOrDefault(dossier.number(), NationalDecision.none(dossier.number()))));
        }
        return List.copyOf(ranked);
    }
}
