package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.application.common.InvalidInputException;

/** A phase-2 decision saved over someone else's newer change: refused, nothing written. */
public final class Phase2DecisionChangedException extends InvalidInputException {

    private static final long serialVersionUID = 1L;

    private final long baseVersion;
    private final long currentVersion;

    Phase2DecisionChangedException(String number, long baseVersion, long currentVersion) {
        super("La décision du dossier de phase\u00a02 n°\u00a0" + number + " a été modifiée entre-temps par"
                + " quelqu'un d'autre\u00a0: relisez-la, rien n'a été enregistré.");
        this.baseVersion = baseVersion;
        this.currentVersion = currentVersion;
    }

    /** The version the user started from (0: none stored then). */
    public long baseVersion() {
        return baseVersion;
    }

    /** The version stored now. */
    public long currentVersion() {
        return currentVersion;
    }
}
