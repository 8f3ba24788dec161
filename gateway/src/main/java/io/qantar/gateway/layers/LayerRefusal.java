package io.qantar.gateway.layers;

import io.qantar.gateway.error.GraphQLError;

import java.util.Map;

/**
 * A layer's refusal of a request: the error to answer with, the HTTP status, and any headers the answer needs
 * ({@code Allow}, {@code WWW-Authenticate}). A status of 0 means the status of a request error for the negotiated
 * media type (400 for {@code application/graphql-response+json}, 200 for {@code application/json}).
 */
public final class LayerRefusal extends RuntimeException {

    private final int status;
    private final GraphQLError error;
    private final Map<String, String> headers;

    public LayerRefusal(int status, GraphQLError error, Map<String, String> headers) {
        super(error.message(), null, false, false);
        this.status = status;
        this.error = error;
        this.headers = Map.copyOf(headers);
    }

    public LayerRefusal(int status, GraphQLError error) {
        this(status, error, Map.of());
    }

    /** The HTTP status, or 0 for the media type's request-error status. */
    public int status() {
        return status;
    }

    public GraphQLError error() {
        return error;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
