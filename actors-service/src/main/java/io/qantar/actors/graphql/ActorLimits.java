package io.qantar.actors.graphql;

/** Sizes the inputs accept; the text limits match the database columns. */
public final class ActorLimits {

    public static final int NAME_LENGTH = 200;
    public static final int ALIAS_LENGTH = 200;
    public static final int DESCRIPTION_LENGTH = 4000;
    public static final int ALIASES = 50;
    public static final int SOURCES = 20;
    public static final int OFFICES = 50;
    public static final int MEMBERSHIPS = 100;
    /** For optional text: absent is fine, present must say something. */
    public static final String NOT_BLANK = "(?s).*\\S.*";

    private ActorLimits() {
    }
}
