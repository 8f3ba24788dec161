package io.qantar.gateway.supergraph;

/** A supergraph that cannot be served: malformed, or using a feature this gateway does not implement. */
public final class SupergraphException extends RuntimeException {

    public SupergraphException(String message) {
        super(message);
    }

    public SupergraphException(String message, Throwable cause) {
        super(message, cause);
    }
}
