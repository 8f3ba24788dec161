package io.qantar.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;

/** Another write changed the record first (optimistic locking): the client reloads and tries again. */
@ErrorCode(ErrorCodes.CONFLICT)
public class ConflictException extends QantarException {

    private final String id;

    public ConflictException(String type, String id) {
        super(type + " '" + id + "' was changed by another write; reload it and try again");
        this.id = id;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("id", id);
    }
}
