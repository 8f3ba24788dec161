package io.qantar.common.error;

import java.util.Map;

/**
 * An error a client caused or must know about. The subclass fixes the Apollo error code
 * ({@code extensions.code}); {@link #details()} adds the extensions that tell the client what to fix.
 * The message is shown to the client as it is, so it never carries internals.
 */
public abstract class QantarException extends RuntimeException {

    protected QantarException(String message) {
        super(message);
    }

    protected QantarException(String message, Throwable cause) {
        super(message, cause);
    }

    /** Extensions beyond {@code code}, for example {@code field} or {@code service}. */
    public abstract Map<String, String> details();
}
