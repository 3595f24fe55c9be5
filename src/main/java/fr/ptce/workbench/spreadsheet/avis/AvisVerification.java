package fr.ptce.workbench.spreadsheet.avis;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What checking an avis workbook found: a verdict, a French message naming the file, and the metadata read (empty
 * when none could be read).
 */
public record AvisVerification(Path file, Verdict verdict, String message, Map<String, String> metadata) {

    public AvisVerification {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(message, "message");
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    /** Whether the workbook is exactly as the workbench wrote it. */
    public boolean intact() {
        return verdict == Verdict.INTACT;
    }

    /** The outcomes of a check, from the good one to the ones a reader must refuse or flag. */
    public enum Verdict {
        /** Content and checksum agree. */
        INTACT,
        /** The content no longer matches the checksum written at export (or a formula was put in a cell). */
        MODIFIED,
        /** A sheet of the format is missing. */
        MISSING_SHEET,
        /** An avis workbook of an earlier format version: to be exported again with the current workbench. */
        OLDER_VERSION,
        /** An avis workbook of a format version this workbench does not read. */
        UNKNOWN_VERSION,
        /** A workbook, but not an avis workbook. */
        NOT_AVIS_WORKBOOK,
        /** Not a readable xlsx file: truncated, damaged or of another kind. */
        UNREADABLE
    }
}
