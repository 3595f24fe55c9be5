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
}
