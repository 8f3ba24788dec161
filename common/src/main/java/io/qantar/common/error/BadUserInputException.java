package io.qantar.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;

/** A value the client sent is invalid; {@code field} is its path in the operation's arguments. */
@ErrorCode(ErrorCodes.BAD_USER_INPUT)
public class BadUserInputException extends QantarException {

    private final String field;

    public BadUserInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("field", field);
    }
}
