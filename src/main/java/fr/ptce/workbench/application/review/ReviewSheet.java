package fr.ptce.workbench.application.review;

import fr.ptce.workbench.domain.audit.AuditEntry;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.grid.GridTotals;
import fr.ptce.workbench.domain.review.AdmissibilityOverride;
import fr.ptce.workbench.domain.review.Review;
import java.util.List;
import java.util.Optional;

/**
 * Everything the scoring screen shows beside a dossier's text: the grid, the user's own review and its totals, the
 * other reviewers' reviews (read-only), the region's avis, the admissibility override and the change history.
 */
public record ReviewSheet(
        Grid grid,
        Optional<Review> mine,
        List<Review> others,
        GridTotals myTotals,
        Optional<Avis> avis,
        Optional<AdmissibilityOverride> override,
        List<AuditEntry> history) {

    public ReviewSheet {
        others = List.copyOf(others);
        history = List.copyOf(history);
    }
}
