package fr.ptce.workbench.application.exporting;

import java.nio.file.Path;
import java.util.Objects;

/** What an avis export wrote: the file, its number of dossier rows and the SHA-256 of its canonical content. */
public record ExportReport(Path file, int rows, String sha256) {

    public ExportReport {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(sha256, "sha256");
    }
}
