package io.qantar.events.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An event in a page of the timeline, with its position.")
public record EventEdge(
        @NonNull @Description("The position of this event in the list; pass it as `after` to read on from here.") String cursor,
        @NonNull @Description("The event.") Event node) {
}
