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
        TOO_SHORT,
        /** A PostgreSQL server refused the login or its password. */
        LOGIN_REFUSED,
        /** A PostgreSQL server asks for a password and none was found. */
        LOGIN_PASSWORD_MISSING
    }

    private final Reason reason;

    /** {@code where}: the workspace folder, or the address of a shared workspace. */
    WorkspacePasswordException(Object where, Reason reason, Throwable cause) {
        super(message(where, reason), cause);
        this.reason = reason;
    }

    WorkspacePasswordException(Path folder, Reason reason, Throwable cause) {
        this((Object) folder, reason, cause);
    }

    private static String message(Object folder, Reason reason) {
        String shown = "L'espace de travail «\u00a0" + folder + "\u00a0»";
        return switch (reason) {
            case REQUIRED -> shown + " est chiffré\u00a0: indiquez son mot de passe.";
            case WRONG ->
                "Mot de passe incorrect pour l'espace de travail «\u00a0" + folder
                        + "\u00a0». Rien n'a été modifié\u00a0; réessayez.";
            case NOT_ENCRYPTED ->
                shown + " n'est pas chiffré\u00a0: ouvrez-le sans mot de passe (la commande"
                        + " «\u00a0password\u00a0» le chiffre).";
            case TOO_SHORT ->
                "Mot de passe trop court\u00a0: il faut au moins " + WorkspaceEncryption.MIN_LENGTH + " caractères.";
            case LOGIN_REFUSED ->
                "Connexion refusée par le serveur pour l'espace partagé «\u00a0" + folder
                        + "\u00a0»\u00a0: identifiant ou mot de passe incorrect. Rien n'a été modifié\u00a0;"
                        + " réessayez.";
            case LOGIN_PASSWORD_MISSING ->
                "Le serveur demande un mot de passe pour l'espace partagé «\u00a0"
                        + folder + "\u00a0»\u00a0: donnez-le par --password-file, PGPASSWORD ou ~/.pgpass, ou à la"
                        + " demande dans un terminal. L'Atelier ne le conserve pas.";
        };
    }

    public Reason reason() {
        return reason;
    }
}
