package io.qantar.events.graphql;

import io.qantar.events.model.EventEntity;
import io.qantar.events.service.EventReader;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;

/**
 * The subgraph's federation entry points: {@code _entities} for the Event it owns and for the
 * Actor it extends. Representations can repeat, so answers come from a map by id.
 */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.9", _import = {@Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "@requiresScopes"), @Import(name = "@cost"), @Import(name = "@listSize")})
public class FederationResolvers {

    @Inject
    EventReader events;

    /** One entry per representation, in order; null for an unknown id. */
    @Resolver
    public List<Event> resolveEvents(@Name("id") List<String> ids) {
        Map<String, EventEntity> found = events.findAll(ids);
        return ids.stream().map(id -> {
            EventEntity event = found.get(id);
            return event == null ? null : Event.of(event);
        }).toList();
    }

    /** Every actor reference resolves: actors-service owns actors, and knows which exist. */
    @Resolver
    public List<Actor> resolveActors(@Name("id") List<String> ids) {
        return ids.stream().map(Actor::new).toList();
    }
}
