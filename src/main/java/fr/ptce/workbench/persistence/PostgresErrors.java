package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.common.StoreException;
import java.sql.SQLException;

/** What a PostgreSQL server's refusal to open a shared workspace means for the user, in French. */
final class PostgresErrors {

    private PostgresErrors() {}

    /** The exception to show for a failed first connection to a shared workspace. */
    static RuntimeException opening(ServerDatabase address, String login, boolean passwordGiven, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (!passwordGiven && (state.equals("08004") || state.startsWith("28"))) {
            return new WorkspacePasswordException(
                    address + " (identifiant «\u00a0" + login + "\u00a0»)",
                    WorkspacePasswordException.Reason.LOGIN_PASSWORD_MISSING,
                    e);
        }
        if (state.equals("28P01") || state.equals("28000")) {
            return new WorkspacePasswordException(
                    address + " (identifiant «\u00a0" + login + "\u00a0»)",
                    WorkspacePasswordException.Reason.LOGIN_REFUSED,
                    e);
        }
        if (state.equals("3D000")) {
            return new StoreException(
                    "La base «\u00a0" + address.database() + "\u00a0» n'existe pas sur le serveur"
                            + " «\u00a0" + address.host() + "\u00a0»\u00a0: l'administrateur la crée (createdb) puis la"
                            + " prépare (team init).",
                    e);
        }
        if (state.startsWith("08")) {
            return new StoreException(
                    "Serveur PostgreSQL injoignable pour l'espace partagé «\u00a0" + address + "\u00a0»\u00a0: "
                            + e.getMessage(),
                    e);
        }
        return new StoreException(
                "Impossible d'ouvrir l'espace partagé «\u00a0" + address + "\u00a0»\u00a0: " + e.getMessage(), e);
    }
}
