package io.qantar.events.graphql;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.ElementType.PARAMETER;
import static java.lang.annotation.ElementType.TYPE_USE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import io.qantar.common.service.Ids;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/** A record id as every service spells it (see {@link Ids}); null passes, as with other constraints. */
@Documented
@Constraint(validatedBy = {})
@Pattern(regexp = Ids.PATTERN)
@Size(max = Ids.MAX_LENGTH)
@ReportAsSingleViolation
@Target({FIELD, PARAMETER, TYPE_USE})
@Retention(RUNTIME)
public @interface Slug {

    String message() default "must be a lowercase slug of letters, digits and single hyphens, at most "
            + Ids.MAX_LENGTH + " characters";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
