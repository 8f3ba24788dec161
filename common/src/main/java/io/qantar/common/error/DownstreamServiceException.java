package io.qantar.common.error;

import io.smallrye.graphql.api.ErrorCode;
import java.util.Map;

/** A service this write must consult is down or too slow; nothing was written. */
@ErrorCode(ErrorCodes.DOWNSTREAM_SERVICE_ERROR)
public class DownstreamServiceException extends QantarException {

    private final String service;

    public DownstreamServiceException(String service, String message, Throwable cause) {
        super(message, cause);
        this.service = service;
    }

    @Override
    public Map<String, String> details() {
        return Map.of("service", service);
    }
}
