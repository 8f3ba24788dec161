package io.qantar.gateway.error;

/** The {@code extensions.code} values the gateway itself produces, in Apollo's vocabulary. */
public final class ErrorCodes {

    public static final String GRAPHQL_PARSE_FAILED = "GRAPHQL_PARSE_FAILED";
    public static final String GRAPHQL_VALIDATION_FAILED = "GRAPHQL_VALIDATION_FAILED";
    public static final String BAD_USER_INPUT = "BAD_USER_INPUT";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String OPERATION_RESOLUTION_FAILURE = "OPERATION_RESOLUTION_FAILURE";
    public static final String DOWNSTREAM_SERVICE_ERROR = "DOWNSTREAM_SERVICE_ERROR";
    public static final String INTERNAL_SERVER_ERROR = "INTERNAL_SERVER_ERROR";
    public static final String INVALID_GRAPHQL = "INVALID_GRAPHQL";
    public static final String MAX_DEPTH_LIMIT = "MAX_DEPTH_LIMIT";
    public static final String MAX_ALIASES_LIMIT = "MAX_ALIASES_LIMIT";
    public static final String QUERY_PLANNING_FAILED = "QUERY_PLANNING_FAILED";
    public static final String SERVICE_UNAVAILABLE = "SERVICE_UNAVAILABLE";
    /** A request body over the endpoint's limit (HTTP 413). */
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";

    private ErrorCodes() {
    }
}
