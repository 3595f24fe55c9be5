package fr.ptce.workbench.application;

import java.util.List;
import java.util.Objects;

/**
 * What to tell the user before the avis workbook is written: the dossiers still without the region's avis, those
 * with a review partly scored (some criteria without a score), and those of another region than the user's. None of
 * them stops the export; the user decides.
 *
 * @param region the user's region, whose workbook it is
 * @param fileName the workbook's default name ({@link ExportAvis#fileName})
 * @param dossiers how many dossiers the workbook will hold
 * @param withoutAvis the numbers of the dossiers without the region's avis, in workspace order
 * @param partlyScored the numbers of the dossiers with a review that scores some criteria but not all
 * @param otherRegions the numbers of the dossiers whose region is given and is not the user's
 */
public record ExportChecks(String region, String fileName, int dossiers, List<String> withoutAvis,
        List<String> partlyScored, List<String> otherRegions) {

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
