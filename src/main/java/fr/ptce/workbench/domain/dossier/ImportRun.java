package fr.ptce.workbench.domain.dossier;

import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * One import of a DS export into the workspace, as the import history lists it.
 *
 * @param id the import's number in this workspace, increasing with time
 * @param fileName the imported file's name
 * @param importedAt when the import ran, with the Europe/Paris offset of that instant
 * @param format the file format as the reader named it (e.g. {@code xlsx}, {@code csv})
 * @param newCount dossiers seen for the first time
 * @param changedCount dossiers already known whose content changed
 * @param unchangedCount dossiers already known and identical
 * @param absentCount known dossiers the file no longer lists
 */
public record ImportRun(
        long id,
        String fileName,
        OffsetDateTime importedAt,
        String format,
        int newCount,
        int changedCount,
        int unchangedCount,
        int absentCount) {

    public ImportRun {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(importedAt, "importedAt");
        Objects.requireNonNull(format, "format");
    }
}
