package io.qantar.actors.graphql;

import io.qantar.actors.service.ActorCommands;
import jakarta.inject.Inject;
import io.smallrye.graphql.api.federation.requiresscopes.RequiresScopes;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeGroup;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeItem;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

@GraphQLApi
public class ActorMutationApi {

    @Inject
    ActorCommands commands;

    @Mutation("createActor")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Creates an actor under the id the client chose; a taken id is refused.")
    public Actor createActor(@NonNull @Name("input") CreateActorInput input) {
        return commands.create(input);
    }

    @Mutation("updateActor")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Changes an actor. Fields left out keep their value; a list given replaces the whole list.")
    public Actor updateActor(@NonNull @Id @Name("id") String id, @NonNull @Name("input") UpdateActorInput input) {
        return commands.update(id, input);
    }

    @Mutation("retireActor")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:retire")))
    @NonNull
    @Description("Retires an actor: it leaves lists and searches but is still answered by id, so links to it keep working.")
    public Actor retireActor(@NonNull @Id @Name("id") String id) {
        return commands.retire(id);
    }
}
