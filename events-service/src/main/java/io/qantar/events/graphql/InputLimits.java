package io.qantar.events.graphql;

/** The longest values the inputs accept; the columns of V1__create_events.sql are as wide. */
final class InputLimits {

    static final int TITLE = 300;
    static final int SUMMARY = 4000;
    static final int DATE_NOTE = 1000;
    static final int NAME = 200;
    static final int NOTE = 1000;
    static final int FIGURE_TEXT = 200;
    static final int ATTRIBUTION = 500;
    static final int LINK_DESCRIPTION = 2000;
    static final int CERTAINTY = 200;
    static final int LIST = 100;
    static final int SOURCES = 20;
    /** Not blank, for optional text: null passes. */
    static final String HAS_TEXT = "(?s).*\\S.*";

    private InputLimits() {
    }
}
