package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.ColumnMapping;
import fr.ptce.workbench.spreadsheet.ds.ColumnMappingFile;
import java.nio.file.Path;

/** Reads a column-mapping file ({@code import --mapping FILE}); a malformed file is refused in French. */
public final class ReadColumnMapping {

    private ReadColumnMapping() {}

    public static ColumnMapping fromFile(Path file) {
        return ColumnMappingFile.read(file);
    }

    /** Reads a phase-2 column-mapping file ({@code phase2 import --mapping FILE}): export header → phase-2 champ. */
    public static java.util.Map<String, fr.ptce.workbench.domain.phase2.Phase2Champ> phase2FromFile(Path file) {
        return ColumnMappingFile.readPhase2(file);
    }
}
