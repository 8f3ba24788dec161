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

/** Adds {@code reactions} to the actors service's {@code Actor}. */
@GraphQLApi
public class ActorReactions {

    @Inject
    ReactionFinder finder;

    /** Any actor id is answered: whether it exists is the actors service's business, not this one's. */
    @Resolver
    public List<Actor> actorEntities(@Name("id") List<String> ids) {
        return ids.stream().map(Actor::new).toList();
    }

    @Name("reactions")
    // Nullable: a field this service adds to another service's entity, so its failure nulls only this field.
    @Description("What this actor said or did, oldest first; retired reactions left out.")
    public List<List<@NonNull ReactionView>> actorReactions(@Source List<Actor> actors) {
        Map<String, List<Reaction>> byActor =
                finder.byActors(actors.stream().map(Actor::getId).distinct().toList());
        return actors.stream()
                .map(actor -> byActor.getOrDefault(actor.getId(), List.of()).stream().map(ReactionView::of).toList())
                .toList();
    }
}
