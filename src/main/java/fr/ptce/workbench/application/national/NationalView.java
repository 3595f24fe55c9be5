package fr.ptce.workbench.application.national;

import fr.ptce.workbench.domain.national.AvisConflict;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RankingOrder;
import fr.ptce.workbench.domain.national.ShortlistCounters;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What PESSII sees of the national consolidation: every dossier ranked with its decision, the order used, the
 * shortlist's counters, the conflicts still open, and each stored decision's version (by dossier number; none
 * stored: 0), from which a change made in the view is saved.
 */
public record NationalView(
        List<RankedDossier> ranking,
        RankingOrder order,
        ShortlistCounters counters,
        List<AvisConflict> openConflicts,
        Map<String, Long> versions) {

    public NationalView {
        ranking = List.copyOf(ranking);
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(counters, "counters");
        openConflicts = List.copyOf(openConflicts);
        versions = Map.copyOf(versions);
    }

    public NationalView(
            List<RankedDossier> ranking,
            RankingOrder order,
            ShortlistCounters counters,
            List<AvisConflict> openConflicts) {
        this(ranking, order, counters, openConflicts, Map.of());
    }

    /** The key of the tie-break order's version in {@link #versions()} (no dossier number has a space). */
    public static final String ORDER_VERSION = "ordre de départage";

    /** The version of the stored tie-break order as this view read it (0: never changed). */
    public long orderVersion() {
        return versions.getOrDefault(ORDER_VERSION, 0L);
    }

    /** The version of a dossier's stored decision as this view read it (0: none stored). */
    public long version(String number) {
        return versions.getOrDefault(number, 0L);
    }
}
