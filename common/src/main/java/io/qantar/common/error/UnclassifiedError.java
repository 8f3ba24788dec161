package io.qantar.common.error;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorHelper;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error as the client sees it, without graphql-java's {@code extensions.classification}: that is the
 * engine's own vocabulary ({@code ExecutionAborted}, {@code ValidationError}...), which
 * {@code extensions.code} replaces. graphql-java writes it into every error it serializes, whatever
 * SmallRye's {@code error-extension-fields} say, so it is left out here.
 */
final class UnclassifiedError implements GraphQLError {

    private static final String CLASSIFICATION = "classification";

    private final GraphQLError error;

    private UnclassifiedError(GraphQLError error) {
        this.error = error;
    }

    /** The error itself where SmallRye writes its extensions from the configured fields, else one without classification. */
    static GraphQLError of(GraphQLError error) {
        return error instanceof UnclassifiedError || error instanceof graphql.ExceptionWhileDataFetching
                || error instanceof graphql.validation.ValidationError ? error : new UnclassifiedError(error);
    }

    @Override
    public String getMessage() {
        return error.getMessage();
    }

    @Override
    public List<SourceLocation> getLocations() {
        return error.getLocations();
    }

    @Override
    public ErrorClassification getErrorType() {
        return error.getErrorType();
    }

    @Override
    public List<Object> getPath() {
        return error.getPath();
    }

    @Override
    public Map<String, Object> getExtensions() {
        return error.getExtensions();
    }

    @Override
    public Map<String, Object> toSpecification() {
        Map<String, Object> specification = new LinkedHashMap<>(GraphqlErrorHelper.toSpecification(error));
        if (specification.get("extensions") instanceof Map<?, ?> extensions) {
            Map<Object, Object> withoutClassification = new LinkedHashMap<>(extensions);
            withoutClassification.remove(CLASSIFICATION);
            specification.put("extensions", withoutClassification);
        }
        return specification;
    }

    @Override
    public String toString() {
        return error.toString();
    }
}
