package fr.ptce.workbench.application.exporting;

import java.util.List;
import java.util.Objects;

/**
 * What to tell the user before the region's avis workbook is written: its dossiers still without the region's avis,
 * those with a review partly scored (some criteria without a score), and the dossiers of other regions, which the
 * workbook leaves out unless the user chooses to export every region. None of them stops the export.
 *
 * @param region the user's region, whose workbook it is
 * @param fileName the workbook's default name ({@link ExportAvis#fileName})
 * @param dossiers how many dossiers the region's workbook will hold (the user's region, and those without region)
 * @param withoutAvis the numbers of those dossiers without the region's avis, in workspace order
 * @param partlyScored the numbers of those dossiers with a review that scores some criteria but not all
 * @param otherRegions the numbers of the dossiers whose region is given and is not the user's (left out by default)
 */
public record ExportChecks(
        String region,
        String fileName,
        int dossiers,
        List<String> withoutAvis,
        List<String> partlyScored,
        List<String> otherRegions) {

    public ExportChecks {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(fileName, "fileName");
        withoutAvis = List.copyOf(withoutAvis);
        partlyScored = List.copyOf(partlyScored);
        otherRegions = List.copyOf(otherRegions);
    }

    /** Whether nothing needs the user's attention. */
    public boolean clear() {
        return withoutAvis.isEmpty() && partlyScored.isEmpty() && otherRegions.isEmpty();
    }
}
