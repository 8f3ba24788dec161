package io.qantar.reactions.graphql;

import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.service.ReactionFinder;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** Adds {@code reactions} to the events service's {@code Event}. */
@GraphQLApi
public class EventReactions {

    @Inject
    ReactionFinder finder;

    /** Any event id is answered: whether it exists is the events service's business, not this one's. */
    @Resolver
    public List<Event> eventEntities(@Name("id") List<String> ids) {
        return ids.stream().map(Event::new).toList();
    }

    // Nullable: a field this service adds to another service's entity, so its failure nulls only this field.
    @Name("reactions")
    @Description("Reactions to this event, oldest first; retired reactions left out.")
    public List<List<@NonNull ReactionView>> eventReactions(@Source List<Event> events) {
        Map<String, List<Reaction>> byEvent = finder.byEvents(events.stream().map(Event::getId).distinct().toList());
        return events.stream()
                .map(event -> byEvent.getOrDefault(event.getId(), List.of()).stream().map(ReactionView::of).toList())
                .toList();
    }
}
