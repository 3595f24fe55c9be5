package fr.ptce.workbench.application.exporting;

import fr.ptce.workbench.application.common.Consolidation;
import fr.ptce.workbench.domain.avis.Avis;
import fr.ptce.workbench.domain.dossier.Admissibility;
import fr.ptce.workbench.domain.dossier.DossierOutline;
import fr.ptce.workbench.domain.grid.Grid;
import fr.ptce.workbench.domain.phase2.Phase2Checker;
import fr.ptce.workbench.domain.phase2.Phase2Checks;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import fr.ptce.workbench.domain.review.Review;
import fr.ptce.workbench.spreadsheet.layout.AvisLine;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@code Avis} sheet line of a phase-2 dossier: its own number, project and deposit; the structure, legal
 * form and region of its phase-1 dossier when the workspace holds it; its admissibility from the phase-2 checks (late:
 * hors délai; a required champ missing: incomplet); the phase-2 grid's consolidated scores and totals. The columns
 * of phase 1's judgement (wave, eligibility, governance, maturity, targets, QPV / ZRR) stay empty.
 */
final class Phase2AvisLines {

    private Phase2AvisLines() {}

    static AvisLine of(
            Grid grid,
            Phase2Dossier dossier,
            Optional<DossierOutline> phase1,
            List<Review> reviews,
            Optional<Avis> avis) {
        Map<String, BigDecimal> scores =
                avis.map(Avis::consolidatedScores).orElseGet(() -> Consolidation.mean(grid, reviews));
        return new AvisLine(
                dossier.number(),
                dossier.projectName(),
                phase1.map(DossierOutline::structureName).orElse(null),
                phase1.map(DossierOutline::legalForm).orElse(null),
                null,
                region(phase1),
                dossier.depositedAt(),
                admissibility(Phase2Checker.check(dossier)).label(),
                AvisLine.Instruction.NONE,
                scores,
                scores.isEmpty() ? null : grid.totals(scores),
                reviews.size(),
                AvisLines.spread(grid, reviews),
                avis.orElse(null),
                List.of());
    }

    /** The region of the phase-2 dossier: its phase-1 dossier's, null when the workspace does not hold it. */
    static String region(Optional<DossierOutline> phase1) {
        return phase1.map(DossierOutline::region).orElse(null);
    }

    private static Admissibility admissibility(Phase2Checks checks) {
        if (Boolean.FALSE.equals(checks.onTime())) {
            return Admissibility.HORS_DELAI;
        }
        return checks.missing().isEmpty() ? Admissibility.RECEVABLE : Admissibility.INCOMPLET;
    }
}
