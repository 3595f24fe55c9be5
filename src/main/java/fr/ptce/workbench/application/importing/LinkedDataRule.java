package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.List;

/**
 * What an incoming Dossiers-sheet row keeps of the stored dossier in the parts later sheets complete (the SIRET, the
 * legal category, the communes) before it is compared with it: the one rule both the comparison and the save follow.
 *
 * @param holdsLinkedSheets whether the file holds the linked sheets (an xlsx or ods export, not a csv)
 */
record LinkedDataRule(boolean holdsLinkedSheets) {

    /** The SIRET compared and saved: the row's own, or, when it gives none, the stored one a linked sheet brought. */
    String siret(String rowSiret, String storedSiret) {
        return rowSiret == null && holdsLinkedSheets ? storedSiret : rowSiret;
    }

    /** The legal category compared and saved, as {@link #siret}. */
    InseeLegalCategory legalCategory(InseeLegalCategory rowCategory, InseeLegalCategory storedCategory) {
        return rowCategory == null && holdsLinkedSheets ? storedCategory : rowCategory;
    }

    /** Whether the stored communes stand for the row's: a csv cannot hold communes and never erases known ones. */
    boolean keepsStoredCommunes(boolean storedCommunesKnown) {
        return holdsLinkedSheets || storedCommunesKnown;
    }

    /** The incoming dossier completed with what it keeps of the stored one. */
    Dossier keep(
            Dossier incoming,
            String storedSiret,
            InseeLegalCategory storedCategory,
            List<Commune> storedCommunes,
            boolean storedCommunesKnown) {
        Dossier result = incoming.withStructure(incoming.structure()
                .withSiret(siret(incoming.structure().siret(), storedSiret))
                .withLegalCategory(legalCategory(incoming.structure().legalCategory(), storedCategory)));
        if (keepsStoredCommunes(storedCommunesKnown)) {
            result = result.withTerritory(incoming.territory().withCommunes(storedCommunes));
        }
        return result;
    }
}
