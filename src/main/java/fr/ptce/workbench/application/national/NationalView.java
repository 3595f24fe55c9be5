package fr.ptce.workbench.application.national;

import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RankingOrder;
import fr.ptce.workbench.domain.national.ShortlistCounters;
import java.util.List;
import java.util.Objects;

/**
 * What PESSII sees of the national consolidation: every dossier ranked with its decision, the order used, the
 * shortlist's counters and the conflicts still open.
 */
public record NationalView(
        List<RankedDossier> ranking, RankingOrder order, ShortlistCounters counters, List<AvisConflict> openConflicts) {

    public NationalView {
        ranking = List.copyOf(ranking);
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(counters, "counters");
        openConflicts = List.copyOf(openConflicts);
    }
}
