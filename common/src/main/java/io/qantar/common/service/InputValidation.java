package io.qantar.common.service;

import io.qantar.common.error.BadUserInputException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.Set;

/**
 * Runs Bean Validation on a mutation's input and turns the first violation into a
 * {@code BAD_USER_INPUT} error naming the offending field, e.g. {@code input.sources[0].outlet}.
 */
@ApplicationScoped
public class InputValidation {

    @Inject
    Validator validator;

    public <T> T check(String argument, T input) {
        if (input == null) {
            throw new BadUserInputException(argument, argument + " is required");
        }
        Set<ConstraintViolation<T>> violations = validator.validate(input);
        violations.stream()
                .min(Comparator.comparing(v -> v.getPropertyPath().toString()))
                .ifPresent(v -> {
                    String path = v.getPropertyPath().toString();
                    String field = path.isEmpty() ? argument : argument + "." + path;
                    throw new BadUserInputException(field, field + " " + v.getMessage());
                });
        return input;
    }
}
