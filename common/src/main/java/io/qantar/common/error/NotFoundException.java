package io.qantar.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;

/** A write names a record that does not exist. Reads by id answer null instead. */
@ErrorCode(ErrorCodes.NOT_FOUND)
public class NotFoundException extends QantarException {

    private final String id;

    public NotFoundException(String type, String id) {
        super(type + " '" + id + "' does not exist");
        this.id = id;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("id", id);
    }
}
