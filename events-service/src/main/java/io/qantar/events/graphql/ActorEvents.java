package io.qantar.events.graphql;

import io.qantar.events.model.EventEntity;
import io.qantar.events.model.ParticipantRole;
import io.qantar.events.service.EventReader;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** What this subgraph adds to the actors of actors-service. */
@GraphQLApi
public class ActorEvents {

    @Inject
    EventReader events;

    @Name("events")
    @NonNull
    @Description("The events this actor took part in, by date; retired events are left out.")
    public List<@NonNull List<@NonNull Event>> eventsOfActors(@Source List<Actor> actors,
            @Description("Only the events in which the actor played this part.") ParticipantRole role) {
        Map<String, List<EventEntity>> byActor = events.eventsOfActors(actors.stream().map(Actor::id).toList(), role);
        return actors.stream()
                .map(actor -> byActor.getOrDefault(actor.id(), List.of()).stream().map(Event::of).toList())
                .toList();
    }
}
