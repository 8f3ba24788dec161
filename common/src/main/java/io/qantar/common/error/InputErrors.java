package io.qantar.common.error;

import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.language.SourceLocation;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** The {@code BAD_USER_INPUT} errors found in an operation's arguments before it runs, in document order. */
final class InputErrors {

    private final List<GraphQLError> errors = new ArrayList<>();

    /** Records that the value at {@code field}, e.g. {@code input.sources[0].publishedOn}, is refused. */
    void refuse(String field, String message, SourceLocation location) {
        errors.add(GraphqlErrorBuilder.newError()
                .message(message)
                .locations(location == null ? null : List.of(location))
                .errorType(ErrorType.ValidationError)
                .extensions(Map.of(ErrorCodes.KEY, ErrorCodes.BAD_USER_INPUT, "field", field))
                .build());
    }

    List<GraphQLError> asList() {
        return Collections.unmodifiableList(errors);
    }

    /** A value as the client wrote it, for a message: strings quoted, the rest as they are. */
    static String quote(Object value) {
        return value instanceof String text ? '"' + text + '"' : String.valueOf(value);
    }
}
