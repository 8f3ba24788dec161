package io.qantar.events.graphql;

import io.qantar.common.graphql.ListSize;
import io.qantar.common.graphql.PageRequest;
import io.qantar.events.service.EventReader;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

@GraphQLApi
public class EventQueries {

    @Inject
    EventReader events;

    @Query("event")
    @Description("The event with this id, retired or not; null when there is none.")
    public Event event(@Id @NonNull @Description("The event's id.") String id) {
        return events.find(id).map(Event::of).orElse(null);
    }

    @Query("timeline")
    @NonNull
    @ListSize(slicingArguments = "first", sizedFields = "edges", requireOneSlicingArgument = false)
    @Description("The events, by date; retired events only when the filter asks for them.")
    public EventConnection timeline(
            @DefaultValue("20") @Description("How many events to return, from 0 to 100.") Integer first,
            @Description("The cursor of the event to read on from, as returned in a previous page.") String after,
            @Description("Which events to list.") EventFilter filter,
            @DefaultValue("DATE_ASC") @Description("Oldest or newest first.") EventOrder orderBy) {
        PageRequest page = PageRequest.of(first, after);
        return EventConnection.of(page, events.timeline(filter, orderBy, page));
    }
}
