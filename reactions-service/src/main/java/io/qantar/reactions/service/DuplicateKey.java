package io.qantar.reactions.service;

import org.hibernate.exception.ConstraintViolationException;

/** Recognises the failure of an insert whose id another writer inserted first. */
public final class DuplicateKey {

    private DuplicateKey() {
    }

    public static boolean isCauseOf(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConstraintViolationException violation
                    && violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
                return true;
            }
        }
        return false;
    }
}
