package io.qantar.gateway.http;

/**
 * The largest request body the endpoint reads, in bytes. A larger one is refused with 413 before it is all read,
 * so no client makes the gateway hold more than this of one request.
 */
public record BodyLimit(long maxBytes) {

    /** The default of {@code qantar.gateway.limits.max-body-bytes}: 2 MiB, far above any real operation. */
    public static final long DEFAULT_MAX_BYTES = 2L * 1024 * 1024;

    public BodyLimit {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("max-body-bytes must be positive, not " + maxBytes);
        }
    }
}
