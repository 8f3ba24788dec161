package io.qantar.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;
import java.util.Optional;

/**
 * The values of {@code extensions.code}: Apollo Server's codes, and the suite's own where Apollo has
 * none ({@code NOT_FOUND}, {@code CONFLICT}, {@code DOWNSTREAM_SERVICE_ERROR}).
 */
public final class ErrorCodes {

    /** The extension that carries the code. */
    public static final String KEY = "code";

    /** The document is not GraphQL. */
    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    /** The document does not fit the schema: an unknown field, a literal argument of the wrong type... */
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    /** The operation to run cannot be told: an unknown {@code operationName}, or none for several operations. */
    public static final String OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";
    /** The request carries no operation at all. */
    public static final String BAD_REQUEST = "BAD_REQUEST";
    /** A value the client sent is not acceptable: a variable, an argument, a field of an input. */
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    /** A write names a record that does not exist. */
    public static final String NOT_FOUND = "NOT_FOUND";
    /** A write lost a race or names a stale version. */
    public static final String CONFLICT = "CONFLICT";
    /** A service a write must consult did not answer in time; nothing was written. */
    public static final String DOWNSTREAM_SERVICE_ERROR = "DOWNSTREAM_SERVICE_ERROR";
    /** The operation nests deeper than the service's depth limit (Apollo Router's code). */
    public static final String MAX_DEPTH_LIMIT = "MAX_DEPTH_LIMIT";
    /** The operation's estimated cost is over the service's limit (Apollo Router's demand control code). */
    public static final String COST_ESTIMATED_TOO_EXPENSIVE = "COST_ESTIMATED_TOO_EXPENSIVE";
    /** The request ran past its deadline, or its client went away; the rest of its work was dropped. */
    public static final String REQUEST_TIMEOUT = "REQUEST_TIMEOUT";
    /** The request body is over the size limit. */
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    /** The server failed; the client can do nothing about it but try again later. */
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";

    private ErrorCodes() {
    }

    /** The code an exception class declares with {@link ErrorCode}, itself or through a superclass. */
    public static Optional<String> declaredBy(Class<?> exceptionType) {
        for (Class<?> type = exceptionType; type != null; type = type.getSuperclass()) {
            ErrorCode code = type.getAnnotation(ErrorCode.class);
            if (code != null) {
                return Optional.of(code.value());
            }
        }
        return Optional.empty();
    }

    /** The code among an error's extensions, if it has one. */
    public static Optional<String> in(Map<String, Object> extensions) {
        return extensions == null ? Optional.empty() : Optional.ofNullable(extensions.get(KEY)).map(Object::toString);
    }
}
