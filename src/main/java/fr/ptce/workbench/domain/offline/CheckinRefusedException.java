package fr.ptce.workbench.domain.offline;

/**
 * A check-in or checkout refused as a whole, nothing written: a checkout already checked in, a folder that already
 * holds a workspace, a workspace that was not checked out; the message says why, in French.
 */
public final class CheckinRefusedException extends RuntimeException {

    public CheckinRefusedException(String message) {
        super(message);
    }
}
