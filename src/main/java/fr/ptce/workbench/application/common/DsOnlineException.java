package fr.ptce.workbench.application.common;

/** DS's API failed or refused (ds sync, ds push): a French message saying what happened and what to do. */
public final class DsOnlineException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public DsOnlineException(String message, Throwable cause) {
        super(message, cause);
    }
}
