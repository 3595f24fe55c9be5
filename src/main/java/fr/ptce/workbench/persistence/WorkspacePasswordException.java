package fr.ptce.workbench.persistence;

import java.nio.file.Path;

/** An encrypted workspace opened without its password, or with a wrong one; the store is left untouched. */
public final class WorkspacePasswordException extends RuntimeException {

    /** Why the password was refused. */
    public enum Reason {
        /** The workspace is encrypted and no password was given. */
        REQUIRED,
        /** The password given does not decrypt the workspace. */
        WRONG,
        /** A password was given for a workspace that is not encrypted. */
        NOT_ENCRYPTED,
        /** The new password is too short. */
        TOO_SHORT
    }

    private final Reason reason;

    WorkspacePasswordException(Path folder, Reason reason, Throwable cause) {
        super(message(folder, reason), cause);
        this.reason = reason;
    }

    private static String message(Path folder, Reason reason) {
        String shown = "L'espace de travail «\u00a0" + folder + "\u00a0»";
        return switch (reason) {
            case REQUIRED -> shown + " est chiffré\u00a0: indiquez son mot de passe.";
            case WRONG -> "Mot de passe incorrect pour l'espace de travail «\u00a0" + folder
                    + "\u00a0». Rien n'a été modifié\u00a0; réessayez.";
            case NOT_ENCRYPTED -> shown + " n'est pas chiffré\u00a0: ouvrez-le sans mot de passe (la commande"
                    + " «\u00a0password\u00a0» le chiffre).";
            case TOO_SHORT -> "Mot de passe trop court\u00a0: il faut au moins " + WorkspaceEncryption.MIN_LENGTH
                    + " caractères.";
        };
    }

    public Reason reason() {
        return reason;
    }
}
