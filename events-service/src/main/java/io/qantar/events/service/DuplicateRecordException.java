package io.qantar.events.service;

/**
 * A record with this identity is already stored, possibly written a moment ago by another
 * instance. Callers decide what it means: a refused create, or a dataset record already loaded.
 */
public class DuplicateRecordException extends RuntimeException {

    public DuplicateRecordException(String message) {
        super(message);
    }

    public DuplicateRecordException(String message, Throwable cause) {
        super(message, cause);
    }
}
