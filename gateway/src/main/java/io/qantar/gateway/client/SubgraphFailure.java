package io.qantar.gateway.client;

/**
 * A subgraph call that produced no usable GraphQL response: connection refused, timeout, HTTP error status or a
 * body that is not a GraphQL response.
 */
public final class SubgraphFailure extends RuntimeException {

    private final String subgraph;
    private final int status;

    public SubgraphFailure(String subgraph, String message, int status) {
        super(message, null, false, false);
        this.subgraph = subgraph;
        this.status = status;
    }

    public String subgraph() {
        return subgraph;
    }

    /** The HTTP status the subgraph answered with, or 0 when there was no HTTP response. */
    public int status() {
        return status;
    }
}
