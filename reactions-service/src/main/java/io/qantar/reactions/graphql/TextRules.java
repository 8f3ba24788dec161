package io.qantar.reactions.graphql;

/** Bean Validation patterns shared by the reaction inputs. */
final class TextRules {

    /** Matches any text with at least one visible character; null passes, as for every pattern. */
    static final String NOT_BLANK = "(?s).*\\S.*";
    static final String NOT_BLANK_MESSAGE = "must not be blank";

    private TextRules() {
    }
}
