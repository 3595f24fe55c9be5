package fr.ptce.workbench.spreadsheet.avis;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Who exported an avis workbook, from which workspace and application, and when. */
public record AvisMetadata(
        String region, String author, String workspaceId, String applicationVersion, OffsetDateTime exportedAt) {

    public AvisMetadata {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(author, "author");
        Objects.requireNonNull(workspaceId, "workspaceId");
        Objects.requireNonNull(applicationVersion, "applicationVersion");
        Objects.requireNonNull(exportedAt, "exportedAt");
    }
}
