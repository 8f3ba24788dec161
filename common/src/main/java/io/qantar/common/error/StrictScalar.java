package io.qantar.common.error;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;

/**
 * The scalars that SmallRye coerces leniently. graphql-java lets any string through for them, and a
 * value that does not fit fails only when SmallRye converts it for the resolver, with the unclear
 * "is not a valid 'Unknown Scalar Type'" and no code. Each constant reads its value the way the
 * GraphQL specification (numbers) or ISO 8601 (dates) does, before anything runs.
 */
enum StrictScalar {

    DATE("Date", "a calendar date written YYYY-MM-DD") {
        @Override
        boolean accepts(Object value) {
            return value instanceof LocalDate || value instanceof String text && isIsoDate(text);
        }
    },
    INT("Int", "a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE) {
        @Override
        boolean accepts(Object value) {
            return wholeNumber(value)
                    .filter(n -> n.compareTo(INT_MIN) >= 0 && n.compareTo(INT_MAX) <= 0)
                    .isPresent();
        }
    },
    FLOAT("Float", "a number") {
        @Override
        boolean accepts(Object value) {
            return value instanceof Number number && Double.isFinite(number.doubleValue());
        }
    },
    BIG_INTEGER("BigInteger", "a whole number") {
        @Override
        boolean accepts(Object value) {
            return wholeNumber(value instanceof String text && isNumber(text) ? new BigDecimal(text) : value).isPresent();
        }
    },
    BIG_DECIMAL("BigDecimal", "a number") {
        @Override
        boolean accepts(Object value) {
            return value instanceof String text ? isNumber(text) : value instanceof Number;
        }
    };

    private static final int MAX_DIGITS = 100;
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private final String typeName;
    private final String expectation;

    StrictScalar(String typeName, String expectation) {
        this.typeName = typeName;
        this.expectation = expectation;
    }

    static Optional<StrictScalar> named(String typeName) {
        return Arrays.stream(values()).filter(scalar -> scalar.typeName.equals(typeName)).findFirst();
    }

    /** Whether a coerced, non-null value is one the resolver can be given. */
    abstract boolean accepts(Object value);

    /** What a value of this scalar must be, for the message, e.g. "a calendar date written YYYY-MM-DD". */
    String expectation() {
        return expectation;
    }

    private static boolean isIsoDate(String text) {
        try {
            LocalDate.parse(text);
            return true;
        } catch (DateTimeParseException notADate) {
            return false;
        }
    }

    private static boolean isNumber(String text) {
        try {
            new BigDecimal(text);
            return true;
        } catch (NumberFormatException notANumber) {
            return false;
        }
    }

    /**
     * The value, if it is a number without a fractional part and at most {@value #MAX_DIGITS} digits
     * long. It is never expanded: a client's {@code 1e999999999} stays a short decimal, refused here
     * before anything turns it into a billion digits.
     */
    private static Optional<BigDecimal> wholeNumber(Object value) {
        if (!(value instanceof Number number)) {
            return Optional.empty();
        }
        try {
            BigDecimal decimal = value instanceof BigDecimal big ? big : new BigDecimal(number.toString());
            BigDecimal stripped = decimal.stripTrailingZeros();
            boolean whole = stripped.scale() <= 0 && stripped.precision() - stripped.scale() <= MAX_DIGITS;
            return whole ? Optional.of(decimal) : Optional.empty();
        } catch (NumberFormatException notFinite) {
            return Optional.empty();
        }
    }
}
