package fr.ptce.workbench.application.phase2;

import fr.ptce.workbench.application.common.ConcurrentChangeException;

/** A phase-2 decision saved over someone else's newer change: refused, nothing written. */
public final class Phase2DecisionChangedException extends ConcurrentChangeException {

    private static final long serialVersionUID = 1L;

    Phase2DecisionChangedException(String number, long baseVersion, long currentVersion) {
        super(
                "La décision du dossier de phase\u00a02 n°\u00a0" + number + " a été modifiée entre-temps par"
                        + " quelqu'un d'autre\u00a0: relisez-la, rien n'a été enregistré.",
                baseVersion,
                currentVersion);
    }
}
