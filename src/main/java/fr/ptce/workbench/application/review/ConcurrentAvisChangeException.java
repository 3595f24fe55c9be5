package fr.ptce.workbench.application.review;

import fr.ptce.workbench.application.common.ConcurrentChangeException;
import fr.ptce.workbench.domain.CallTime;
import fr.ptce.workbench.domain.avis.Avis;
import java.time.format.DateTimeFormatter;

/**
 * A save of the region's avis over someone else's newer change, refused with nothing written: « Ghislaine Morel a
 * modifié cet avis à 10:42 ». Carries both versions — the avis the user tried to save and the one stored — so that
 * the window shows them side by side to keep one or merge them, and nothing typed is lost.
 */
public final class ConcurrentAvisChangeException extends ConcurrentChangeException {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final transient Avis mine;
    private final transient Avis theirs;

    public ConcurrentAvisChangeException(Avis mine, Avis theirs, long baseVersion) {
        super(
                theirs.author() + " a modifié cet avis à "
                        + TIME.format(theirs.at().atZoneSameInstant(CallTime.PARIS))
                        + " (dossier n° " + theirs.dossierNumber() + ")\u00a0: votre version n'a pas été enregistrée,"
                        + " choisissez la vôtre, la sienne ou fusionnez-les.",
                baseVersion,
                theirs.version());
        this.mine = mine;
        this.theirs = theirs;
    }

    /** The avis the user tried to save (its version: the one they started from). */
    public Avis mine() {
        return mine;
    }

    /** The avis stored now, with its version. */
    public Avis theirs() {
        return theirs;
    }
}
