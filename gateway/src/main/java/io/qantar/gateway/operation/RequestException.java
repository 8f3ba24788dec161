package io.qantar.gateway.operation;

import io.qantar.gateway.error.GraphQLError;

import java.util.List;

/**
 * A request that cannot be executed at all (it does not parse, does not validate, names no operation, has bad
 * variables or exceeds a limit): the response has errors and no {@code data}.
 */
public final class RequestException extends RuntimeException {

    private final transient List<GraphQLError> errors;

    public RequestException(List<GraphQLError> errors) {
        super(errors.isEmpty() ? "request error" : errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public RequestException(GraphQLError error) {
        this(List.of(error));
    }

    public List<GraphQLError> errors() {
        return errors;
    }
}
