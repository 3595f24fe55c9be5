package fr.ptce.workbench.persistence.common;

/**
 * A failure of the workspace store itself (SQL error, broken file), so that no jOOQ or JDBC type reaches the
 * layers above; the cause keeps the technical detail.
 */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
