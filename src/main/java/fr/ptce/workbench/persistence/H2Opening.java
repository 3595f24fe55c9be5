package fr.ptce.workbench.persistence;

import fr.ptce.workbench.persistence.common.StoreException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.h2.jdbcx.JdbcConnectionPool;

/** Opening a workspace folder's H2 file: the password it expects, and the first connection's refusals. */
final class H2Opening {

    /** H2's DATABASE_ALREADY_OPEN_1: another process holds the file lock. */
    private static final int H2_DATABASE_ALREADY_OPEN = 90020;
    /** H2's FILE_ENCRYPTION_ERROR_1: the file key does not decrypt the file. */
    private static final int H2_FILE_ENCRYPTION_ERROR = 90049;

    private H2Opening() {}

    /** Refuses a password the folder's encryption does not expect, or a missing one it needs. */
    static void checkPassword(Path folder, Path shown, char[] password) {
        boolean encrypted = WorkspaceEncryption.isEncrypted(folder);
        if (encrypted && password == null) {
            throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.REQUIRED, null);
        }
        if (!encrypted && password != null && WorkspaceEncryption.exists(folder)) {
            throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.NOT_ENCRYPTED, null);
        }
        boolean fresh = !WorkspaceEncryption.exists(folder);
        if (fresh && password != null && password.length < WorkspaceEncryption.MIN_LENGTH) {
            throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.TOO_SHORT, null);
        }
    }

    /** The first connection to a workspace's H2 file, its refusals worded in French. */
    static Connection firstConnection(JdbcConnectionPool pool, Path shown) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            if (shown != null && hasErrorCode(e, H2_DATABASE_ALREADY_OPEN)) {
                throw new WorkspaceLockedException(shown, e);
            }
            if (shown != null && hasErrorCode(e, H2_FILE_ENCRYPTION_ERROR)) {
                throw new WorkspacePasswordException(shown, WorkspacePasswordException.Reason.WRONG, e);
            }
            throw new StoreException(
                    "Impossible d'ouvrir l'espace de travail «\u00a0" + shown + "\u00a0»\u00a0: " + e.getMessage(), e);
        }
    }

    private static boolean hasErrorCode(Throwable error, int code) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() == code) {
                return true;
            }
        }
        return false;
    }
}
