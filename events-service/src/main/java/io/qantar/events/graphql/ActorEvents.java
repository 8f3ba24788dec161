package io.qantar.events.graphql;

import graphql.schema.DataFetchingEnvironment;
import io.qantar.events.model.EventEntity;
import io.qantar.events.model.ParticipantRole;
import io.qantar.events.service.EventReader;
import io.smallrye.graphql.api.Context;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionStage;
import org.dataloader.DataLoader;
import org.eclipse.microprofile.context.ManagedExecutor;
import org.dataloader.DataLoaderFactory;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/**
 * What this subgraph adds to the actors of actors-service.
 *
 * <p>{@code events(role:)} is batched through a data loader of its own, keyed by actor and role, rather than
 * through a SmallRye batch {@code @Source}: SmallRye keeps one loader per field and calls it with the
 * arguments of the first request, so {@code a: events(role: TARGET) b: events(role: INITIATOR)} on the
 * same actors would both get the TARGET answer. Here each distinct role costs one query per batch.
 */
@GraphQLApi
public class ActorEvents {

    private static final String LOADER = ActorEvents.class.getName() + ".events";

    @Inject
    EventReader events;

    @Inject
    Context context;

    /** The database is not read on the I/O thread that dispatches the loader; the request's context goes along. */
    @Inject
    ManagedExecutor worker;

    // Nullable: a field this service adds to another service's entity, so its failure nulls only this field.
    @Name("events")
    @Description("The events this actor took part in, by date; retired events are left out.")
    public CompletionStage<List<@NonNull Event>> events(@Source Actor actor,
            @Description("Only the events in which the actor played this part.") ParticipantRole role) {
        DataFetchingEnvironment environment = context.unwrap(DataFetchingEnvironment.class);
        DataLoader<ActorRole, List<Event>> loader = environment.getDataLoaderRegistry()
                .computeIfAbsent(LOADER, name -> DataLoaderFactory.newDataLoader(this::load));
        return loader.load(new ActorRole(actor.id(), role));
    }

    private CompletionStage<List<List<Event>>> load(List<ActorRole> keys) {
        return worker.supplyAsync(() -> find(keys));
    }

    private List<List<Event>> find(List<ActorRole> keys) {
        Map<ParticipantRole, List<String>> actorsByRole = new LinkedHashMap<>();
        keys.forEach(key -> actorsByRole.computeIfAbsent(key.role(), role -> new ArrayList<>()).add(key.actorId()));
        Map<ActorRole, List<Event>> found = new LinkedHashMap<>();
        actorsByRole.forEach((role, actorIds) -> {
            Map<String, List<EventEntity>> byActor = events.eventsOfActors(actorIds, role);
            actorIds.forEach(actorId -> found.put(new ActorRole(actorId, role),
                    byActor.getOrDefault(actorId, List.of()).stream().map(Event::of).toList()));
        });
        return keys.stream().map(found::get).toList();
    }

    /** One request of the field: the actor, and the role asked for (null for every role). */
    private record ActorRole(String actorId, ParticipantRole role) {
    }
}
