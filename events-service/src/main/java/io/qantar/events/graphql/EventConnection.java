package io.qantar.events.graphql;

import io.qantar.common.graphql.PageInfo;
import io.qantar.common.graphql.PageRequest;
import io.qantar.events.service.EventPage;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("A page of events.")
public record EventConnection(
        @NonNull @Description("The events of this page, in order.") List<@NonNull EventEdge> edges,
        @NonNull @Description("Where this page stands in the whole list.") PageInfo pageInfo,
        @Description("How many events the whole list holds, on all pages.") int totalCount) {

    static EventConnection of(PageRequest request, EventPage page) {
        List<EventEdge> edges = new ArrayList<>(page.events().size());
        for (int i = 0; i < page.events().size(); i++) {
            edges.add(new EventEdge(PageRequest.cursor(request.offset() + i), Event.of(page.events().get(i))));
        }
        return new EventConnection(edges, request.pageInfo(edges.size(), page.total()), Math.toIntExact(page.total()));
    }
}
