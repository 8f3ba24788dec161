package io.qantar.common.error;

import graphql.ErrorType;
import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.NonNullableFieldWasNullError;
import graphql.execution.UnknownOperationException;
import graphql.validation.ValidationError;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Gives every error of a result an {@code extensions.code}. Errors that have one keep it untouched: a
 * {@link QantarException}, or any exception whose class declares {@link io.smallrye.graphql.api.ErrorCode}.
 * The others get Apollo Server's code for what went wrong:
 * <ul>
 * <li>{@code GRAPHQL_PARSE_FAILED}: the document is not GraphQL;
 * <li>{@code GRAPHQL_VALIDATION_FAILED}: the document does not fit the schema (graphql-java's validation);
 * <li>{@code OPERATION_RESOLUTION_FAILURE}: {@code operationName} names no operation of the document;
 * <li>{@code BAD_USER_INPUT}: a variable or argument value that does not coerce;
 * <li>{@code MAX_DEPTH_LIMIT}: SmallRye's depth limit ({@code quarkus.smallrye-graphql.instrumentation-query-depth});
 * <li>{@code INTERNAL_SERVER_ERROR}: anything else, which is the server's fault.
 * </ul>
 */
final class ErrorCoding {

    /**
     * How graphql-java's {@code MaxQueryDepthInstrumentation}, which SmallRye installs, words its refusal;
     * it has no other mark.
     */
    private static final String DEPTH_LIMIT_MESSAGE = "maximum query depth exceeded";

    private ErrorCoding() {
    }

    static ExecutionResult apply(ExecutionResult result) {
        if (result.getErrors().isEmpty()) {
            return result;
        }
        boolean executed = result.isDataPresent();
        Set<List<String>> refusedFields = result.getErrors().stream()
                .filter(error -> executed && error.getErrorType() == ErrorType.ValidationError)
                .map(ErrorCoding::pathOf)
                .collect(Collectors.toSet());
        List<GraphQLError> coded = result.getErrors().stream()
                .filter(error -> !isNullLeftByRefusedArgument(error, refusedFields))
                .map(error -> codeFor(error, executed).map(code -> withCode(error, code)).orElse(error))
                .map(UnclassifiedError::of)
                .toList();
        return result.transform(builder -> builder.errors(coded));
    }

    /** The code to give an error, or nothing when it has one. */
    private static Optional<String> codeFor(GraphQLError error, boolean executed) {
        if (hasCode(error)) {
            return Optional.empty();
        }
        if (error.getErrorType() == ErrorType.InvalidSyntax) {
            return Optional.of(ErrorCodes.GRAPHQL_PARSE_FAILED);
        }
        if (error instanceof AbortExecutionException && error.getMessage() != null
                && error.getMessage().startsWith(DEPTH_LIMIT_MESSAGE)) {
            return Optional.of(ErrorCodes.MAX_DEPTH_LIMIT);
        }
        if (error instanceof UnknownOperationException) {
            return Optional.of(ErrorCodes.OPERATION_RESOLUTION_FAILURE);
        }
        if (error.getErrorType() == ErrorType.OperationNotSupported || error instanceof ValidationError && !executed) {
            return Optional.of(ErrorCodes.GRAPHQL_VALIDATION_FAILED);
        }
        if (error.getErrorType() == ErrorType.ValidationError) {
            // Variable coercion before execution; during it, SmallRye's refusal of an argument it
            // cannot convert, and Bean Validation of a resolver's parameters.
            return Optional.of(ErrorCodes.BAD_USER_INPUT);
        }
        return Optional.of(ErrorCodes.INTERNAL_SERVER_ERROR);
    }

    private static boolean hasCode(GraphQLError error) {
        // SmallRye publishes the code of an exception class annotated with @ErrorCode when it writes the response.
        return ErrorCodes.in(error.getExtensions()).isPresent()
                || error instanceof ExceptionWhileDataFetching fetching
                        && ErrorCodes.declaredBy(fetching.getException().getClass()).isPresent();
    }

    /**
     * SmallRye reports an argument it cannot convert without the field's path, so graphql-java adds a
     * second error when that field is non-null and answers null; the first error says it all.
     */
    private static boolean isNullLeftByRefusedArgument(GraphQLError error, Set<List<String>> refusedFields) {
        return error instanceof NonNullableFieldWasNullError && refusedFields.contains(pathOf(error));
    }

    private static List<String> pathOf(GraphQLError error) {
        if (error instanceof ValidationError validation && validation.getQueryPath() != null) {
            return validation.getQueryPath();
        }
        List<Object> path = error.getPath();
        return path == null ? List.of() : path.stream().map(String::valueOf).toList();
    }

    private static GraphQLError withCode(GraphQLError error, String code) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.KEY, code);
        if (error.getExtensions() != null) {
            error.getExtensions().forEach(extensions::putIfAbsent);
        }
        GraphqlErrorBuilder<?> coded = GraphqlErrorBuilder.newError()
                .message(error.getMessage())
                .locations(error.getLocations())
                .path(error.getPath())
                .extensions(extensions);
        if (error.getErrorType() != null) {
            coded.errorType(error.getErrorType());
        }
        return coded.build();
    }
}
