package io.qantar.reactions.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of a list of reactions.")
public enum ReactionOrder {
    @Description("Oldest first.")
    DATE_ASC,
    @Description("Newest first.")
    DATE_DESC
}
