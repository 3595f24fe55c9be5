package fr.ptce.workbench.domain.kit;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A dossier given to an expert, with the expert's conflict-of-interest declaration: a dossier with a declared
 * conflict is never in the expert's kits.
 */
public record Assignment(
        String dossierNumber, String expertEmail, boolean conflict, String conflictNote, OffsetDateTime assignedAt) {

    public Assignment {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(expertEmail, "expertEmail");
        Objects.requireNonNull(assignedAt, "assignedAt");
        conflictNote = conflictNote == null || conflictNote.isBlank() ? null : conflictNote.strip();
    }
}
