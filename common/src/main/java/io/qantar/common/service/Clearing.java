package io.qantar.common.service;

import io.qantar.common.error.BadUserInputException;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/** Reads an update's {@code clear} list. */
public final class Clearing {

    private Clearing() {
    }

    /**
     * The fields to clear, refusing with {@code BAD_USER_INPUT} a field that the same update also
     * gives a value: which of the two was meant cannot be told.
     *
     * @param argument the update's input argument, e.g. {@code input}
     * @param clear the list as sent, or null when left out
     * @param given whether the update gives the field a value
     */
    public static <F extends Enum<F> & ClearableField> Set<F> fieldsToClear(String argument, Collection<F> clear, Predicate<F> given) {
        if (clear == null || clear.isEmpty()) {
            return Set.of();
        }
        for (F field : List.copyOf(clear)) {
            if (given.test(field)) {
                String path = argument + ".clear";
                throw new BadUserInputException(path, path + ": " + field.name() + " cannot be cleared while "
                        + argument + "." + field.inputField() + " gives it a value; send one or the other");
            }
        }
        return Set.copyOf(clear);
    }
}
