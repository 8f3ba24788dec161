package io.qantar.events.graphql;

import io.qantar.common.graphql.Edit;
import io.qantar.events.service.CausalLinkService;
import io.qantar.events.service.EventReader;
import io.qantar.events.service.EventStore;
import io.smallrye.graphql.api.federation.requiresscopes.RequiresScopes;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeGroup;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeItem;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** The lists of an event, each resolved for a whole batch of events with one query. */
@GraphQLApi
public class EventRelations {

    @Inject
    EventReader events;

    @Inject
    CausalLinkService links;

    @Inject
    EventStore store;

    @NonNull
    @Description("The actors involved and their roles.")
    public List<@NonNull List<@NonNull Participant>> participants(@Source List<Event> batch) {
        return perEvent(batch, events.participantsOf(ids(batch)), Participant::of);
    }

    @NonNull
    @Description("The numbers reported about the event, each with its hedge and attribution.")
    public List<@NonNull List<@NonNull Figure>> figures(@Source List<Event> batch) {
        return perEvent(batch, events.figuresOf(ids(batch)), Figure::of);
    }

    @NonNull
    @Description("Where the event is reported.")
    public List<@NonNull List<io.qantar.common.graphql.@NonNull Source>> sources(@Source List<Event> batch) {
        return perEvent(batch, events.sourcesOf(ids(batch)), Function.identity());
    }

    @NonNull
    @Description("The links from the events that led to this one, by the date of the cause.")
    public List<@NonNull List<@NonNull CausalLink>> causes(@Source List<Event> batch) {
        return perEvent(batch, links.causesOf(ids(batch)), CausalLink::of);
    }

    @NonNull
    @Description("The links to the events this one led to, by the date of the effect.")
    public List<@NonNull List<@NonNull CausalLink>> consequences(@Source List<Event> batch) {
        return perEvent(batch, links.consequencesOf(ids(batch)), CausalLink::of);
    }

    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @Description("Who wrote what, oldest first: every create, update, link and retire of this event. For editors only.")
    public List<List<@NonNull Edit>> history(@Source List<Event> batch) {
        return perEvent(batch, store.history(ids(batch)), Function.identity());
    }

    private static List<String> ids(List<Event> batch) {
        return batch.stream().map(Event::id).toList();
    }

    /** One list per event of the batch, in the batch's order; empty for an event with none. */
    private static <T, R> List<List<R>> perEvent(List<Event> batch, Map<String, List<T>> byEvent,
            Function<T, R> mapper) {
        return batch.stream()
                .map(event -> byEvent.getOrDefault(event.id(), List.of()).stream().map(mapper).toList())
                .toList();
    }
}
