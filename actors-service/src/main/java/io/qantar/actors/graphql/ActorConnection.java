package io.qantar.actors.graphql;

import io.qantar.common.graphql.PageInfo;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of actors.")
public record ActorConnection(
        @NonNull @Description("The actors of this page, in order.") List<@NonNull ActorEdge> edges,
        @NonNull @Description("Where this page stands in the whole list.") PageInfo pageInfo,
        @NonNull @Description("How many actors the whole list holds.") int totalCount) {
}
