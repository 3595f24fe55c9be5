package fr.ptce.workbench.application.kit;

import java.nio.file.Path;
import java.util.List;

/** What a kit export wrote: the file, the kit id, the dossiers and the checksum of the locked parts. */
public record KitExportReport(Path file, String kitId, List<String> dossiers, String sha256) {

    public KitExportReport {
        dossiers = List.copyOf(dossiers);
    }
}
