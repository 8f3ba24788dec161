package io.qantar.actors.graphql;

import io.qantar.actors.service.ActorQueries;
import io.qantar.common.graphql.ListSize;
import io.qantar.common.graphql.PageRequest;
import io.smallrye.graphql.api.federation.link.Import;
import io.smallrye.graphql.api.federation.link.Link;
import jakarta.inject.Inject;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Query;

/** The root queries on actors. It also declares the subgraph's Federation v2 link and imports. */
@GraphQLApi
@Link(url = "https://specs.apollo.dev/federation/v2.9", _import = {@Import(name = "@key"), @Import(name = "@shareable"), @Import(name = "@requiresScopes"), @Import(name = "@cost"), @Import(name = "@listSize")})
public class ActorQueryApi {

    @Inject
    ActorQueries queries;

    @Query("actor")
    @Description("The actor with this id, retired or not; null when there is none.")
    public Actor actor(@NonNull @Id @Name("id") String id) {
        return queries.byId(id).orElse(null);
    }

    @Query("actors")
    @NonNull
    @ListSize(slicingArguments = "first", sizedFields = "edges", requireOneSlicingArgument = false)
    @Description("Actors, filtered and ordered, a page at a time. Retired actors are left out unless the filter includes them.")
    public ActorConnection actors(
            @DefaultValue("20") @Description("How many actors to return, 0 to 100.") Integer first,
            @Description("Cursor of the actor after which the page starts.") String after,
            @Description("Which actors to list.") ActorFilter filter,
            @DefaultValue("NAME_ASC") @Description("How to order the list.") ActorOrder orderBy) {
        return queries.list(filter, orderBy, PageRequest.of(first, after));
    }

    @Query("searchActors")
    @NonNull
    @ListSize(slicingArguments = "first", sizedFields = "edges", requireOneSlicingArgument = false)
    @Description("Actors whose name or one of whose aliases contains the text, ignoring case, by name. Retired actors are left out.")
    public ActorConnection searchActors(
            @NonNull @Description("What to look for, e.g. \"elbasy\" or \"csto\".") String text,
            @DefaultValue("20") @Description("How many actors to return, 0 to 100.") Integer first,
            @Description("Cursor of the actor after which the page starts.") String after) {
        return queries.search(text, PageRequest.of(first, after));
    }
}
