package io.qantar.events.graphql;

import org.eclipse.microprofile.graphql.Description;

@Description("The order of the timeline.")
public enum EventOrder {
    @Description("Oldest first.")
    DATE_ASC,
    @Description("Newest first.")
    DATE_DESC
}
