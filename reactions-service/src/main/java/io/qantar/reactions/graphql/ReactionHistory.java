package io.qantar.reactions.graphql;

import io.qantar.common.graphql.Edit;
import io.qantar.reactions.service.ReactionService;
import io.smallrye.graphql.api.federation.requiresscopes.RequiresScopes;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeGroup;
import io.smallrye.graphql.api.federation.requiresscopes.ScopeItem;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

/** {@code Reaction.history}: who wrote what, for editors only; resolved for a whole response level at once. */
@GraphQLApi
public class ReactionHistory {

    @Inject
    ReactionService reactions;

    @RequiresScopes(scopes = @ScopeGroup(@ScopeItem("qantar:edit")))
    @Description("Who wrote what, oldest first: every create, update and retire of this reaction. For editors only.")
    public List<List<@NonNull Edit>> history(@Source List<ReactionView> batch) {
        Map<String, List<Edit>> byReaction = reactions.history(batch.stream().map(ReactionView::getId).distinct().toList());
        return batch.stream().map(reaction -> byReaction.getOrDefault(reaction.getId(), List.of())).toList();
    }
}
