package io.qantar.events.service;

import jakarta.persistence.OptimisticLockException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.ConstraintViolationException;

/** Recognises database failures by their Hibernate type, the same on every database. */
final class PersistenceFailures {

    private PersistenceFailures() {
    }

    static boolean isConstraintViolation(Throwable failure) {
        return causedBy(failure, ConstraintViolationException.class);
    }

    static boolean isLostUpdate(Throwable failure) {
        return causedBy(failure, OptimisticLockException.class) || causedBy(failure, StaleStateException.class);
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
