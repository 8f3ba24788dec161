package io.qantar.common.error;

import graphql.ErrorClassification;
import graphql.ErrorType;
import graphql.GraphQLError;
import graphql.language.SourceLocation;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An error a client caused or must know about. The subclass fixes the Apollo error code
 * ({@code extensions.code}) with {@link io.smallrye.graphql.api.ErrorCode}; {@link #details()} adds the
 * extensions that tell the client what to fix. The message is shown to the client as it is, so it
 * never carries internals.
 *
 * <p>Being a {@link GraphQLError} is what publishes the extensions: graphql-java copies a thrown
 * error's {@link #getExtensions()} onto the error it reports, so only the keys that apply appear.
 */
public abstract class QantarException extends RuntimeException implements GraphQLError {

    protected QantarException(String message) {
        super(message);
    }

    protected QantarException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Extensions beyond {@code code}, for example {@code field} or {@code service}. */
    public abstract Map<String, String> details();

    /** The code this exception is published with: the nearest {@code @ErrorCode} of its class. */
    public String code() {
        return ErrorCodes.declaredBy(getClass()).orElse(ErrorCodes.INTERNAL_SERVER_ERROR);
    }

    @Override
    public Map<String, Object> getExtensions() {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put(ErrorCodes.KEY, code());
        extensions.putAll(details());
        return extensions;
    }

    /** Where in the document: the field that failed, which the engine knows and adds when it reports the error. */
    @Override
    public List<SourceLocation> getLocations() {
        return null;
    }

    @Override
    public ErrorClassification getErrorType() {
        return ErrorType.DataFetchingException;
    }
}
