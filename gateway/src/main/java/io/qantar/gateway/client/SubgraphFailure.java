package io.qantar.gateway.client;

/**
 * A subgraph call that produced no usable GraphQL response: connection refused, timeout, HTTP error status or a
 * body that is not a GraphQL response. Its message goes to clients, so it names the subgraph and never its URL,
 * address or an exception's text; the client logs those.
 */
public final class SubgraphFailure extends RuntimeException {

    /** What went wrong, which decides whether the failure says anything about the subgraph's health. */
    public enum Kind {
        /** No connection could be made, or it broke before an answer. */
        UNREACHABLE,
        /** No answer within the subgraph's timeout. */
        TIMEOUT,
        /** An HTTP error status. */
        HTTP_STATUS,
        /** A body that is not a GraphQL response. */
        BAD_RESPONSE,
        /** The request could not be encoded: the gateway's fault, not the subgraph's. */
        BAD_REQUEST,
        /** The client went away or its deadline passed; the gateway gave up, the subgraph did nothing wrong. */
        CANCELLED,
        /** The subgraph's circuit breaker is open: no call was made. */
        CIRCUIT_OPEN
    }

    private final String subgraph;
    private final int status;
    private final Kind kind;
    private final String detail;

    /**
     * @param message what a client may read: names the subgraph, nothing more
     * @param detail  what the log may read: the URL and the underlying error
     */
    public SubgraphFailure(String subgraph, Kind kind, String message, int status, String detail) {
        super(message, null, false, false);
        this.subgraph = subgraph;
        this.kind = kind;
        this.status = status;
        this.detail = detail;
    }

    /** For the log only: the URL and the underlying error, which clients must not see. */
    public String detail() {
        return detail;
    }

    public String subgraph() {
        return subgraph;
    }

    public Kind kind() {
        return kind;
    }

    /** The HTTP status the subgraph answered with, or 0 when there was no HTTP response. */
    public int status() {
        return status;
    }

    /**
     * Whether this failure counts against the subgraph's health: it was unreachable, slow, answered 5xx or
     * nonsense. A 4xx does not (a client's bad token or oversized request must not open the breaker for everyone),
     * nor does a cancelled call.
     */
    public boolean subgraphAtFault() {
        return switch (kind) {
            case UNREACHABLE, TIMEOUT, BAD_RESPONSE -> true;
            case HTTP_STATUS -> status >= 500 || status == 429;
            case BAD_REQUEST, CANCELLED, CIRCUIT_OPEN -> false;
        };
    }
}
