package io.qantar.reactions.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A reaction in a page of reactions, with its position.")
public final class ReactionEdge {

    private final String cursor;
    private final ReactionView node;

    public ReactionEdge(String cursor, ReactionView node) {
        this.cursor = cursor;
        this.node = node;
    }

    @NonNull
    @Description("Opaque position of this reaction; pass it as `after` to continue after it.")
    public String getCursor() {
        return cursor;
    }

    @NonNull
    @Description("The reaction.")
    public ReactionView getNode() {
        return node;
    }
}
