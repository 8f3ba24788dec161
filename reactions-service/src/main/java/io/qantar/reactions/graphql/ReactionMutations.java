package io.qantar.reactions.graphql;

import io.qantar.reactions.service.ReactionService;
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

/** Writing reactions; the rules live in {@link ReactionService}. */
@GraphQLApi
public class ReactionMutations {

    @Inject
    ReactionService service;

    @Mutation("createReaction")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Records a reaction. The actor, the event and the reporting actor are checked with their services first.")
    public ReactionView createReaction(@NonNull @Name("input") CreateReactionInput input) {
        return ReactionView.of(service.create(input));
    }

    @Mutation("updateReaction")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @NonNull
    @Description("Changes a reaction; absent fields stay as they are.")
    public ReactionView updateReaction(@NonNull @Id @Name("id") String id, @NonNull @Name("input") UpdateReactionInput input) {
        return ReactionView.of(service.update(id, input));
    }

    @Mutation("retireReaction")
    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:retire")))
    @NonNull
    @Description("Withdraws a reaction from lists; it is still answered by id so that links to it keep working.")
    public ReactionView retireReaction(@NonNull @Id @Name("id") String id) {
        return ReactionView.of(service.retire(id));
    }
}
