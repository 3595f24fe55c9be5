package fr.ptce.workbench.application.importing;

import fr.ptce.workbench.domain.dossier.Commune;
import fr.ptce.workbench.domain.dossier.Dossier;
import fr.ptce.workbench.domain.dossier.DossierFingerprint;
import fr.ptce.workbench.domain.dossier.InseeLegalCategory;
import fr.ptce.workbench.persistence.dossier.StoredDossier;
import java.util.List;
import java.util.Objects;

/**
 * What the comparison of an incoming row with a stored dossier needs of the row, without its texts: its fingerprint
 * and the parts later sheets complete.
 *
 * @param fingerprint the row's {@link DossierFingerprint}, or null when the stored one was written from this very row
 */
record RowFacts(
        String fingerprint,
        String siret,
        InseeLegalCategory legalCategory,
        boolean communesKnown,
        List<Commune> communes) {

    RowFacts {
        communes = List.copyOf(communes);
    }

    /** The facts of an incoming row, its fingerprint computed. */
    static RowFacts of(Dossier incoming) {
        return of(incoming, DossierFingerprint.of(incoming));
    }

    /** The facts of a row the workspace stores as it is (a new dossier): its stored fingerprint is the row's. */
    static RowFacts written(Dossier incoming) {
        return of(incoming, null);
    }

    private static RowFacts of(Dossier incoming, String fingerprint) {
        return new RowFacts(
                fingerprint,
                incoming.structure().siret(),
                incoming.structure().legalCategory(),
                incoming.territory().communesKnown(),
                incoming.territory().communes());
    }

    /** Whether the row, completed as {@code rule} says, brings exactly what {@code stored} holds. */
    boolean sameAs(StoredDossier stored, LinkedDataRule rule) {
        if (fingerprint != null && !fingerprint.equals(stored.contentHash()) || stored.contentHash() == null) {
            return false;
        }
        // communes kept from the store make a known perimeter: the same only if the stored one is known
        boolean sameCommunes = rule.keepsStoredCommunes(stored.communesKnown())
                ? stored.communesKnown()
                : communesKnown == stored.communesKnown() && communes.equals(stored.communes());
        return sameCommunes
                && Objects.equals(rule.siret(siret, stored.siret()), stored.siret())
                && Objects.equals(rule.legalCategory(legalCategory, stored.legalCategory()), stored.legalCategory());
    }
}
