package fr.ptce.workbench.persistence.dossier;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import java.util.List;

/**
 * A stored dossier as an import compares it, without its texts.
 *
 * @param contentHash the {@link fr.ptce.workbench.domain.dossier.DossierFingerprint} saved with it, null when
 *     saved before fingerprints existed
 * @param siret the SIRET the Etablissements sheet gave it
 * @param legalCategory the INSEE legal category the Etablissements sheet gave it, null when unknown
 * @param communesKnown whether its perimeter is known
 * @param communes its perimeter, in source order
 * @param rowDigest the {@link fr.ptce.workbench.domain.dossier.RowDigest} of the row it was last found equal to,
 *     null when none is known
 */
public record StoredDossier(
        String contentHash,
        String siret,
        InseeLegalCategory legalCategory,
        boolean communesKnown,
        List<Commune> communes,
        String rowDigest) {

    public StoredDossier {
        communes = List.copyOf(communes);
    }
}
