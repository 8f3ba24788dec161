package io.qantar.common.service;

import io.qantar.common.error.BadUserInputException;
import java.util.regex.Pattern;

/** Record ids are readable slugs, the same in every service and in every federation key. */
public final class Ids {

    public static final String PATTERN = "^[a-z0-9]+(-[a-z0-9]+)*$";
    public static final int MAX_LENGTH = 100;
    private static final Pattern SLUG = Pattern.compile(PATTERN);

    private Ids() {
    }

    public static boolean isValid(String id) {
        return id != null && id.length() <= MAX_LENGTH && SLUG.matcher(id).matches();
    }

    /** Refuses a malformed id before it reaches the database or another service. */
    public static String require(String field, String id) {
        if (!isValid(id)) {
            throw new BadUserInputException(field,
                    field + " must be a lowercase slug of letters, digits and single hyphens, at most "
                            + MAX_LENGTH + " characters, got '" + id + "'");
        }
        return id;
    }
}
