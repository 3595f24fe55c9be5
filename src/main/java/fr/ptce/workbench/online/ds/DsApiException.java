package fr.ptce.workbench.online.ds;

/**
 * DS's API refused or failed a request; the message is French and says what to do. It never holds the token.
 */
public final class DsApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request failed. */
    public enum Reason {
        /** No answer: network down, host unknown, connection cut, timeout. */
        CONNECTION,
        /** HTTP 401 or 403: the token is missing, wrong, expired or not allowed on the procedure. */
        UNAUTHORIZED,
        /** HTTP 429 more times than the client waits for. */
        RATE_LIMITED,
        /** HTTP 5xx. */
        SERVER,
        /** The answer holds GraphQL {@code errors}. */
        GRAPHQL,
        /** An answer that is not what the schema promises (not JSON, no data, another HTTP status). */
        INVALID_RESPONSE
    }

    private final Reason reason;

    public DsApiException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public DsApiException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
