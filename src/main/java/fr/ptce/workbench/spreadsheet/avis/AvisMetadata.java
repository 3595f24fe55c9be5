package fr.ptce.workbench.spreadsheet.avis;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * Who exported an avis workbook, from which workspace and application, when, and of which phase.
 *
 * @param phase 1 (the call's dossiers) or 2 (the « dossier additionnel »)
 */
public record AvisMetadata(
        String region,
        String author,
        String workspaceId,
        String applicationVersion,
        OffsetDateTime exportedAt,
        int phase) {

    /** A phase-1 workbook's metadata. */
    public AvisMetadata(
            String region, String author, String workspaceId, String applicationVersion, OffsetDateTime exportedAt) {
        this(region, author, workspaceId, applicationVersion, exportedAt, 1);
    }

    public AvisMetadata {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(applicationVersion, "applicationVersion");
        Objects.requireNonNull(exportedAt, "exportedAt");
        if (phase != 1 && phase != 2) {
            throw new IllegalArgumentException("No phase " + phase);
        }
    }
}
