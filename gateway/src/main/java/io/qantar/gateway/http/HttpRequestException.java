package io.qantar.gateway.http;

/** A request that is not a well-formed GraphQL-over-HTTP request: answered with its status and one error. */
final class HttpRequestException extends RuntimeException {

    private final int status;

    HttpRequestException(int status, String message) {
        super(message, null, false, false);
        this.status = status;
    }

    int status() {
        return status;
    }
}
