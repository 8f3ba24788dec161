package io.qantar.reactions.graphql;

import io.qantar.common.graphql.ListSize;
import io.qantar.common.graphql.PageRequest;
import io.qantar.reactions.service.ReactionFinder;
import io.smallrye.graphql.api.federation.Resolver;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.inject.Inject;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** Reading reactions, and resolving them as federated entities. Declares the subgraph's Federation v2 link. */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.9", _import = {@Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "@requiresScopes"), @Import(name = "@cost"), @Import(name = "@listSize")})
public class ReactionQueries {

    @Inject
    ReactionFinder finder;

    @Query("reaction")
    @Description("The reaction with this id, retired or not; null when there is none.")
    public ReactionView reaction(@NonNull @Id @Name("id") String id) {
        return ReactionView.of(finder.byId(id));
    }

    @Query("reactions")
    @NonNull
    @ListSize(slicingArguments = "first", sizedFields = "edges", requireOneSlicingArgument = false)
    @Description("Reactions matching the filter, a page at a time.")
    public ReactionConnection reactions(
            @DefaultValue("20") @Description("How many reactions to return, from 0 to 100.") @Name("first") Integer first,
            @Description("Return the reactions after this cursor.") @Name("after") String after,
            @Description("Which reactions to list.") @Name("filter") ReactionFilter filter,
            @DefaultValue("DATE_ASC") @Description("The order of the list.") @Name("orderBy") ReactionOrder orderBy) {
        PageRequest page = PageRequest.of(first, after);
        return ReactionConnection.of(finder.page(filter, orderBy, page), page);
    }

    /** Resolves {@code _entities} representations of reactions, in order, with null for an unknown id. */
    @Resolver
    public List<ReactionView> reactionEntities(@Name("id") List<String> ids) {
        return finder.byIds(ids).stream().map(ReactionView::of).toList();
    }
}
