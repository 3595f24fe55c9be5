package fr.ptce.workbench.domain.national;

import java.time.OffsetDateTime;
import java.util.Objects;

/** Where a national avis row came from: the workbook's file name, exporting region, workspace, time and checksum. */
public record AvisSource(String file, String region, String workspaceId, OffsetDateTime exportedAt, String sha256) {

    public AvisSource {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(sha256, "sha256");
    }
}
