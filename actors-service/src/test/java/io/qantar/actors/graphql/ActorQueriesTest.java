package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.assertRefused;
import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorQueriesTest {

    private static final String ACTOR = """
            query($id: ID!) { actor(id: $id) { id kind name country retired version } }""";

    private static final String ACTORS = """
            query($first: Int, $after: String, $filter: ActorFilter, $orderBy: ActorOrder) {
              actors(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                totalCount
                edges { cursor node { id name } }
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
              }
            }""";

    private static final String SEARCH = """
            query($text: String!, $first: Int, $after: String) {
              searchActors(text: $text, first: $first, after: $after) {
                totalCount
                edges { node { id name } }
                pageInfo { hasNextPage endCursor }
              }
            }""";

    @Test
    void actorByIdAnswersTheActor() {
        graphql(ACTOR, "id", "kassym-jomart-tokayev")
                .body("errors", nullValue())
                .body("data.actor.name", equalTo("Kassym-Jomart Tokayev"))
                .body("data.actor.kind", equalTo("PERSON"))
                .body("data.actor.country", equalTo("KZ"));
    }

    @Test
    void actorByIdAnswersNullWithoutErrorForUnknownAndMalformedIds() {
        graphql(ACTOR, "id", "no-such-actor").body("errors", nullValue()).body("data.actor", nullValue());
        graphql(ACTOR, "id", "Not A Slug!").body("errors", nullValue()).body("data.actor", nullValue());
    }

    @Test
    void pagesFollowEachOtherWithoutOverlapOrGap() {
        String organisation = organisationWithMembers("Delta", "alpha", "Echo", "bravo", "charlie");
        Map<String, Object> filter = Map.of("memberOf", organisation);

        List<String> names = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        int pages = 0;
        while (hasNext) {
            var page = graphql(ACTORS, "first", 2, "after", after, "filter", filter)
                    .body("errors", nullValue())
                    .body("data.actors.totalCount", equalTo(5))
                    .extract().jsonPath();
            names.addAll(page.getList("data.actors.edges.node.name"));
            assertEquals(pages > 0, page.getBoolean("data.actors.pageInfo.hasPreviousPage"));
            hasNext = page.getBoolean("data.actors.pageInfo.hasNextPage");
            after = page.getString("data.actors.pageInfo.endCursor");
            pages++;
        }
        assertEquals(3, pages);
        assertEquals(List.of("alpha", "bravo", "charlie", "Delta", "Echo"), names);
    }

    @Test
    void ordersByNameIgnoringCaseInBothDirections() {
        String organisation = organisationWithMembers("zeta", "Alpha", "mu");
        Map<String, Object> filter = Map.of("memberOf", organisation);

        graphql(ACTORS, "filter", filter, "orderBy", "NAME_ASC")
                .body("data.actors.edges.node.name", contains("Alpha", "mu", "zeta"));
        graphql(ACTORS, "filter", filter, "orderBy", "NAME_DESC")
                .body("data.actors.edges.node.name", contains("zeta", "mu", "Alpha"));
        graphql(ACTORS, "filter", filter)
                .body("data.actors.edges.node.name", contains("Alpha", "mu", "zeta"));
    }

    @Test
    void aCursorContinuesAfterTheActorItWasGivenFor() {
        String organisation = organisationWithMembers("one", "two", "three");
        Map<String, Object> filter = Map.of("memberOf", organisation);
        var all = graphql(ACTORS, "filter", filter).extract().jsonPath();
        String cursorOfFirst = all.getString("data.actors.edges[0].cursor");

        graphql(ACTORS, "filter", filter, "after", cursorOfFirst)
                .body("data.actors.edges.node.name", contains("three", "two"))
                .body("data.actors.pageInfo.hasPreviousPage", equalTo(true));
    }

    @Test
    void firstZeroAnswersOnlyTheCount() {
        graphql(ACTORS, "first", 0)
                .body("errors", nullValue())
                .body("data.actors.edges", empty())
                .body("data.actors.totalCount", equalTo(graphql(ACTORS, "first", 100)
                        .extract().jsonPath().getInt("data.actors.totalCount")))
                .body("data.actors.pageInfo.startCursor", nullValue());
    }

    @Test
    void firstOutOfRangeIsRefused() {
        assertRefused(graphql(ACTORS, "first", 101), "BAD_USER_INPUT", "field", "first");
        assertRefused(graphql(ACTORS, "first", -1), "BAD_USER_INPUT", "field", "first");
        assertRefused(graphql(SEARCH, "text", "a", "first", 1000), "BAD_USER_INPUT", "field", "first");
    }

    @Test
    void aCursorThatWasNotIssuedIsRefused() {
        String notBase64 = "%%%";
        String otherText = Base64.getEncoder().encodeToString("page:2".getBytes(StandardCharsets.UTF_8));
        String negative = Base64.getEncoder().encodeToString("offset:-4".getBytes(StandardCharsets.UTF_8));
        for (String cursor : List.of(notBase64, otherText, negative)) {
            assertRefused(graphql(ACTORS, "after", cursor), "BAD_USER_INPUT", "field", "after")
                    .body("errors[0].message", not(equalTo("System error")));
        }
        assertRefused(graphql(SEARCH, "text", "a", "after", notBase64), "BAD_USER_INPUT", "field", "after");
    }

    @Test
    void filtersByKind() {
        graphql(ACTORS, "first", 100, "filter", Map.of("kinds", List.of("STATE")))
                .body("errors", nullValue())
                .body("data.actors.edges.node.id", hasItems("kazakhstan", "russia", "china", "united-states"))
                .body("data.actors.edges.node.id", not(hasItem("csto")));
        graphql(ACTORS, "first", 100, "filter", Map.of("kinds", List.of("STATE", "ORGANISATION")))
                .body("data.actors.edges.node.id", hasItems("russia", "csto"))
                .body("data.actors.edges.node.id", not(hasItem("vladimir-putin")));
    }

    @Test
    void filtersByCountry() {
        graphql("""
                query { actors(first: 100, filter: {country: "RU"}) { edges { node { id country } } } }""")
                .body("errors", nullValue())
                .body("data.actors.edges.node.id", hasItems("russia", "vladimir-putin", "dmitri-trenin"))
                .body("data.actors.edges.node.country", everyItem(equalTo("RU")));
    }

    @Test
    void aCountryThatIsNotAnIsoCodeIsRefused() {
        for (String country : List.of("XX", "kz", "Kazakhstan")) {
            assertRefused(graphql(ACTORS, "filter", Map.of("country", country)), "BAD_USER_INPUT", "field", "filter.country");
        }
    }

    @Test
    void filtersByMembership() {
        graphql(ACTORS, "filter", Map.of("memberOf", "csto"))
                .body("errors", nullValue())
                .body("data.actors.edges.node.id",
                        contains("armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"));
        graphql(ACTORS, "filter", Map.of("memberOf", "no-such-organisation"))
                .body("errors", nullValue())
                .body("data.actors.totalCount", equalTo(0));
        assertRefused(graphql(ACTORS, "filter", Map.of("memberOf", "CSTO!")), "BAD_USER_INPUT", "field", "filter.memberOf");
    }

    @Test
    void retiredActorsAreListedOnlyWhenAskedFor() {
        String organisation = organisationWithMembers("kept", "gone");
        String gone = graphql(ACTORS, "filter", Map.of("memberOf", organisation))
                .extract().jsonPath().getString("data.actors.edges.find { it.node.name == 'gone' }.node.id");
        graphql("mutation($id: ID!) { retireActor(id: $id) { id } }", "id", gone).body("errors", nullValue());

        graphql(ACTORS, "filter", Map.of("memberOf", organisation))
                .body("data.actors.edges.node.name", contains("kept"))
                .body("data.actors.totalCount", equalTo(1));
        graphql(ACTORS, "filter", Map.of("memberOf", organisation, "includeRetired", true))
                .body("data.actors.edges.node.name", contains("gone", "kept"))
                .body("data.actors.totalCount", equalTo(2));
        graphql(ACTOR, "id", gone).body("data.actor.retired", equalTo(true));
    }

    @Test
    void searchFindsByNameOrAliasIgnoringCase() {
        graphql(SEARCH, "text", "elbasy")
                .body("errors", nullValue())
                .body("data.searchActors.edges.node.id", contains("nursultan-nazarbayev"));
        graphql(SEARCH, "text", "TONY blinken")
                .body("data.searchActors.edges.node.id", contains("antony-blinken"));
        graphql(SEARCH, "text", "odkb")
                .body("data.searchActors.edges.node.id", contains("csto"));
        graphql(SEARCH, "text", "Kazakh")
                .body("data.searchActors.edges.node.id",
                        hasItems("kazakhstan", "government-of-kazakhstan", "kazakh-security-forces", "kazakh-protesters"));
    }

    @Test
    void searchTakesWildcardCharactersLiterally() {
        String id = uniqueId("percent");
        create(newActor(id, "GROUP", "Fifty_fifty 100% " + id));

        graphql(SEARCH, "text", "%")
                .body("data.searchActors.edges.node.id", contains(id));
        graphql(SEARCH, "text", "y_f")
                .body("data.searchActors.edges.node.id", contains(id));
    }

    @Test
    void searchPagesLikeEveryList() {
        var firstPage = graphql(SEARCH, "text", "kazakh", "first", 2).extract().jsonPath();
        int total = firstPage.getInt("data.searchActors.totalCount");
        List<String> seen = new ArrayList<>(firstPage.getList("data.searchActors.edges.node.id"));
        graphql(SEARCH, "text", "kazakh", "first", 100, "after", firstPage.getString("data.searchActors.pageInfo.endCursor"))
                .body("data.searchActors.edges.node.id", not(hasItem(seen.get(0))))
                .body("data.searchActors.edges.size()", equalTo(total - 2));
    }

    @Test
    void searchLeavesRetiredActorsOut() {
        String id = uniqueId("retired-searchable");
        create(newActor(id, "GROUP", "Vanishing " + id));
        graphql(SEARCH, "text", id).body("data.searchActors.totalCount", equalTo(1));

        graphql("mutation($id: ID!) { retireActor(id: $id) { id } }", "id", id).body("errors", nullValue());

        graphql(SEARCH, "text", id).body("data.searchActors.totalCount", equalTo(0));
    }

    @Test
    void searchWithoutTextIsRefused() {
        assertRefused(graphql(SEARCH, "text", "   "), "BAD_USER_INPUT", "field", "text");
        assertRefused(graphql(SEARCH, "text", "x".repeat(201)), "BAD_USER_INPUT", "field", "text");
    }

    @Test
    void nestedRelationsResolveToFullActors() {
        graphql("""
                query { actor(id: "stanislav-zas") {
                  offices { title current organisation { id name aliases } }
                  sources { outlet quotedPerson }
                } }""")
                .body("errors", nullValue())
                .body("data.actor.offices[0].organisation.id", equalTo("csto"))
                .body("data.actor.offices[0].organisation.aliases", hasItem("CSTO"))
                .body("data.actor.sources[0].quotedPerson", equalTo("Stanislav Zas"));
        graphql("""
                query { actor(id: "bbc") { members { member { id } organisation { id } role } memberships { role } } }""")
                .body("data.actor.members[0].member.id", equalTo("abdujalil-abdurasulov"))
                .body("data.actor.members[0].organisation.id", equalTo("bbc"))
                .body("data.actor.memberships", empty())
                .body("data.actor.members[0].role", notNullValue());
    }

    /** A fresh organisation with members of these names, so that a list filtered by it holds only them. */
    private static String organisationWithMembers(String... names) {
        String organisation = uniqueId("club");
        create(newActor(organisation, "ORGANISATION", "Club " + organisation));
        for (String name : names) {
            Map<String, Object> member = newActor(uniqueId("member"), "PERSON", name);
            member.put("memberships", List.of(Map.of("organisationId", organisation)));
            create(member);
        }
        return organisation;
    }
}
