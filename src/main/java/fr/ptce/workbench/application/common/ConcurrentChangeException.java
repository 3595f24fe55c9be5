package fr.ptce.workbench.application.common;

/**
 * A save over someone else's newer change of a shared row (optimistic concurrency), refused with nothing written and
 * a French message naming who changed it and when. Not a failure to report but a question for the view that saved:
 * it shows both versions (the subclass carries them) to keep one or merge.
 */
public abstract class ConcurrentChangeException extends InvalidInputException {

    private final long baseVersion;
    private final long currentVersion;

    protected ConcurrentChangeException(String message, long baseVersion, long currentVersion) {
        super(message);
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
