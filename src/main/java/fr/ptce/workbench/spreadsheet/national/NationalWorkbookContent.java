package fr.ptce.workbench.spreadsheet.national;

import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.national.RankedDossier;
import fr.ptce.workbench.domain.national.RankingOrder;
import fr.ptce.workbench.domain.national.ShortlistCounters;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the national workbook carries: who exported it and when, PESSII's grid (its criterion and block columns),
 * every dossier in ranking order with its decision, the order used and the shortlist's counters.
 */
public record NationalWorkbookContent(
        OffsetDateTime exportedAt,
        String author,
        Grid grid,
        List<RankedDossier> ranking,
        RankingOrder order,
        ShortlistCounters counters) {

    public NationalWorkbookContent {
        Objects.requireNonNull(exportedAt, "exportedAt");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(grid, "grid");
        ranking = List.copyOf(ranking);
        Objects.requireNonNull(order, "order");
        Objects.requireNonNull(counters, "counters");
    }
}
