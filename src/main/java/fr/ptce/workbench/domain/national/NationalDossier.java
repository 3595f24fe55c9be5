package fr.ptce.workbench.domain.national;

import java.util.Objects;

/**
 * A dossier of the national consolidation: the row a region's workbook gave, which region exported it from which
 * file, and whether a conflict about its number is still open.
 */
public record NationalDossier(RegionalAvisRow row, String exportingRegion, String sourceFile, boolean inConflict) {

    public NationalDossier {
        Objects.requireNonNull(row, "row");
        Objects.requireNonNull(exportingRegion, "exportingRegion");
        Objects.requireNonNull(sourceFile, "sourceFile");
    }

    public String number() {
        return row.dossierNumber();
    }
}
