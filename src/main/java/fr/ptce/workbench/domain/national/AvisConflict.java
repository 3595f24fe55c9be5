package fr.ptce.workbench.domain.national;

import java.util.Objects;

/**
 * A dossier number that a workbook brought again and that was not merged: from another region, or from the same
 * region with different content; what is already stored is never overwritten.
 *
 * @param region the region of the incoming workbook
 * @param storedRegion the region whose row was already stored
 * @param file the incoming workbook's file name
 */
public record AvisConflict(String dossierNumber, String region, String storedRegion, String file) {

    public AvisConflict {
        Objects.requireNonNull(dossierNumber, "dossierNumber");
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(storedRegion, "storedRegion");
        Objects.requireNonNull(file, "file");
    }

    /** Whether the two rows come from two different regions (else: one region, two contents). */
    public boolean betweenRegions() {
        return !region.equals(storedRegion);
    }

    /** The French description of the conflict. */
    public String describe() {
        return betweenRegions()
                ? "conflit\u00a0: dossier " + dossierNumber + " aussi présent dans l'avis de la région " + storedRegion
                : "conflit\u00a0: dossier " + dossierNumber + " déjà importé pour la région " + region
                        + " avec un contenu différent (non remplacé)";
    }
}
