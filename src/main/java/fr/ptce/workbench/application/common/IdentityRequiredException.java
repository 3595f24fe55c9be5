package fr.ptce.workbench.application.common;

/** Refuses an instruction change while the workspace's user has not said who they are. */
public final class IdentityRequiredException extends RuntimeException {

    public IdentityRequiredException() {
        super("Indiquez d'abord qui vous êtes (nom, adresse e-mail, rôle)\u00a0: chaque évaluation, chaque avis et"
                + " chaque modification portent votre identité.");
    }
}
