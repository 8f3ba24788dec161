package io.qantar.actors.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor in a page of a list, with its cursor.")
public record ActorEdge(
        @NonNull @Description("Pass it as `after` to continue the list after this actor.") String cursor,
        @NonNull @Description("The actor.") Actor node) {
}
