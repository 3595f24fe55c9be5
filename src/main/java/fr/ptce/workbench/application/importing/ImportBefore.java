package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.persistence.dossier.StoredDossier;
import java.util.List;

/**
 * What a dossier held before this import in the parts that later sheets complete, and the fields its row
 * changed: a few strings per dossier, so a large export never holds its texts in memory.
 */
record ImportBefore(
        boolean existed,
        String siret,
        InseeLegalCategory legalCategory,
        boolean communesKnown,
        List<Commune> communes,
        List<String> changedFields) {

    static final ImportBefore NEW = new ImportBefore(false, null, null, false, List.of(), List.of());

    /** A dossier whose row brings what is stored. */
    static ImportBefore unchanged(StoredDossier stored) {
        return new ImportBefore(
                true, stored.siret(), stored.legalCategory(), stored.communesKnown(), stored.communes(), List.of());
    }

    static ImportBefore of(Dossier stored, List<String> changedFields) {
        return new ImportBefore(
                true,
                stored.structure().siret(),
                stored.structure().legalCategory(),
                stored.territory().communesKnown(),
                stored.territory().communes(),
                changedFields);
    }
}
