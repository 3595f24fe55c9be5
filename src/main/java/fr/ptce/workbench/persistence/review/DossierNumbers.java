package fr.ptce.workbench.persistence.review;

import static fr.ptce.workbench.persistence.generated.Tables.DOSSIER;
import static fr.ptce.workbench.persistence.generated.Tables.PHASE2_DOSSIER;

import fr.ptce.workbench.persistence.common.StoreException;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The check that replaces the foreign keys to {@code dossier (number)} lifted by V025: a review or an avis is keyed by
 * a dossier number of either phase, a phase-1 dossier's ({@code dossier}) or a phase-2 dossier's
 * ({@code phase2_dossier}); any other number is refused before it is written.
 */
final class DossierNumbers {

    private DossierNumbers() {}

    /** Whether the workspace holds a dossier of either phase with this number. */
    static boolean known(DSLContext dsl, String number) {
        return dsl.fetchExists(DSL.selectOne().from(DOSSIER).where(DOSSIER.NUMBER.eq(number)))
                || dsl.fetchExists(DSL.selectOne().from(PHASE2_DOSSIER).where(PHASE2_DOSSIER.NUMBER.eq(number)));
    }

    /**
     * Refuses a number of no dossier of either phase.
     *
     * @throws StoreException when the workspace holds no dossier with this number
     */
    static void require(DSLContext dsl, String number) {
        if (number == null || !known(dsl, number)) {
            throw new StoreException("Le dossier n° " + number + " n'existe pas dans l'espace de travail.", null);
        }
    }
}
