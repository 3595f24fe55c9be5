package fr.ptce.workbench.application;

import fr.ptce.workbench.persistence.WorkspaceLockedException;
import fr.ptce.workbench.persistence.WorkspacePasswordException;
import java.util.function.Supplier;

/**
 * A workspace that cannot be opened now, with a French message for the user and nothing changed in it: open in
 * another instance, or encrypted and its password missing or wrong.
 */
public final class WorkspaceAccessException extends RuntimeException {

    /** Why the workspace cannot be opened. */
    public enum Reason {
        /** Another process or window holds it open. */
        IN_USE,
        /** Encrypted, and no password was given. */
        PASSWORD_REQUIRED,
        /** The password is wrong, too short, or given for a workspace that is not encrypted. */
        PASSWORD_REFUSED
    }

    private final Reason reason;

    WorkspaceAccessException(Reason reason, RuntimeException cause) {
        super(cause.getMessage(), cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    /** Runs an opening of the store, its refusals told as this exception. */
    static <T> T around(Supplier<T> opening) {
        try {
            return opening.get();
        } catch (WorkspaceLockedException e) {
            throw new WorkspaceAccessException(Reason.IN_USE, e);
        } catch (WorkspacePasswordException e) {
            throw new WorkspaceAccessException(
                    e.reason() == WorkspacePasswordException.Reason.REQUIRED
                                    || e.reason() == WorkspacePasswordException.Reason.LOGIN_PASSWORD_MISSING
                            ? Reason.PASSWORD_REQUIRED
                            : Reason.PASSWORD_REFUSED,
                    e);
        }
    }
}
