package io.qantar.actors.graphql;

import io.qantar.actors.service.ActorQueries;
import io.smallrye.graphql.api.federation.Resolver;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;

/** Answers the gateway's {@code _entities} look-ups of actors, a whole batch of keys in one query. */
@GraphQLApi
public class ActorEntityResolver {

    @Inject
    ActorQueries queries;

    /** One answer per key, in the order asked, null for an unknown id; keys may repeat. */
    @Resolver
    public List<Actor> actorsById(@Name("id") List<String> ids) {
        Map<String, Actor> found = queries.byIds(ids);
        return ids.stream().map(found::get).toList();
    }
}
