package io.qantar.actors.graphql;

import io.qantar.actors.service.ActorHistory;
import io.qantar.actors.service.ActorRelations;
import io.qantar.common.graphql.Edit;
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

/**
 * The list fields of {@link Actor}. Each is resolved for every actor of a response level at once
 * (SmallRye batches {@code List} sources), so a page of actors costs one query per field.
 */
@GraphQLApi
public class ActorFieldsApi {

    @Inject
    ActorRelations relations;

    @Inject
    ActorHistory history;

    @NonNull
    @Description("Other names and spellings, e.g. \"Elbasy\", \"ODKB\".")
    public List<@NonNull List<@NonNull String>> aliases(@Source List<Actor> actors) {
        return perActor(actors, relations::aliases);
    }

    @NonNull
    @Description("Where the facts in the description come from.")
    public List<@NonNull List<io.qantar.common.graphql.@NonNull Source>> sources(@Source List<Actor> actors) {
        return perActor(actors, relations::sources);
    }

    @NonNull
    @Description("Offices held, the current ones first, then newest first.")
    public List<@NonNull List<@NonNull Office>> offices(@Source List<Actor> actors) {
        return perActor(actors, relations::offices);
    }

    @NonNull
    @Description("The organisations this actor belongs to, by name.")
    public List<@NonNull List<@NonNull Membership>> memberships(@Source List<Actor> actors) {
        return perActor(actors, relations::memberships);
    }

    @NonNull
    @Description("For an organisation, its members by name; empty for other actors.")
    public List<@NonNull List<@NonNull Membership>> members(@Source List<Actor> actors) {
        return perActor(actors, relations::members);
    }

    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @Description("Who wrote what, oldest first: every create, update and retire of this actor. For editors only.")
    public List<List<@NonNull Edit>> history(@Source List<Actor> actors) {
        return perActor(actors, history::of);
    }

    private static <T> List<List<T>> perActor(List<Actor> actors, Function<List<String>, Map<String, List<T>>> loader) {
        Map<String, List<T>> byId = loader.apply(actors.stream().map(Actor::id).distinct().toList());
        return actors.stream().map(actor -> byId.getOrDefault(actor.id(), List.of())).toList();
    }
}
