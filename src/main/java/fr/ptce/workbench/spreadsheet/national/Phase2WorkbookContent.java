package fr.ptce.workbench.spreadsheet.national;

import fr.ptce.workbench.domain.phase2.Envelope;
import fr.ptce.workbench.domain.phase2.GrantSplit;
import fr.ptce.workbench.domain.phase2.Phase2Checks;
import fr.ptce.workbench.domain.phase2.Phase2Decision;
import fr.ptce.workbench.domain.phase2.Phase2Dossier;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What the phase-2 national workbook holds: the phase-2 ranking with each dossier's checks and decision, and the
 * envelope.
 */
public record Phase2WorkbookContent(OffsetDateTime exportedAt, String author, List<Row> rows, Envelope envelope) {

    public Phase2WorkbookContent {
        Objects.requireNonNull(exportedAt, "exportedAt");
        rows = List.copyOf(rows);
        Objects.requireNonNull(envelope, "envelope");
    }

    /**
     * One phase-2 dossier.
     *
     * @param rank its place from 1, 0 without a consolidated phase-2 score
     * @param structure the phase-1 carrier's name, null when unknown
     * @param region the phase-1 dossier's region, null when unknown
     * @param linkProblem why the link to phase 1 is flagged, null when it holds
     * @param stored whether PESSII made a proposal on it
     */
    public record Row(
            int rank,
            BigDecimal score,
            Phase2Dossier dossier,
            Phase2Checks checks,
            String structure,
            String region,
            String linkProblem,
            Phase2Decision decision,
            boolean stored,
            GrantSplit split) {}
}
