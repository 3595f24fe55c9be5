package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.avis.Avis;

/**
 * A save of the region's avis over someone else's newer change, refused with nothing written: « Ghislaine Morel a
 * modifié cet avis à 10:42 ». Carries both avis — the one the user tried to save and the one stored — so that the
 * window shows them side by side to keep one or merge them, and nothing typed is lost.
 */
public final class ConcurrentAvisChangeException extends ConcurrentChangeException {

    public ConcurrentAvisChangeException(Avis mine, Avis theirs, long baseVersion) {
        super(
                Subject.AVIS,
                "dossier n° " + theirs.dossierNumber(),
                theirs.author(),
                theirs.at(),
                mine,
                theirs,
                baseVersion,
                theirs.version());
    }

    /** The avis the user tried to save (its version: the one they started from). */
    @Override
    public Avis mine() {
        return (Avis) super.mine();
    }

    /** The avis stored now, with its version. */
    @Override
    public Avis theirs() {
        return (Avis) super.theirs();
    }
}
