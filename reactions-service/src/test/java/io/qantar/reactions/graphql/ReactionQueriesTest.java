package io.qantar.reactions.graphql;

import static io.qantar.reactions.GraphQLAssertions.assertError;
import static io.qantar.reactions.GraphQLClient.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Reads through the shipped dataset. Lists are filtered on the article's actors and events, which
 * the write tests never touch, so the answers do not depend on which tests ran before.
 */
@QuarkusTest
class ReactionQueriesTest {

    private static final String LIST = """
            query($first: Int, $after: String, $filter: ReactionFilter, $orderBy: ReactionOrder) {
              reactions(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id date kind stance actor { id } event { id } } }
              }
            }""";

    /** Reactions to the nationwide spread of the protests: Tokayev on 5 January, China, the US and Blinken on the 6th. */
    private static final String NATIONWIDE = "protests-spread-nationwide";

    @Test
    void reactionByIdAnswersTheRecordAndNullForAnUnknownId() {
        JsonPath known = execute("{ reaction(id: \"blinken-neutral-statement\") { id actor { id } event { id } date kind stance } }");
        assertEquals("antony-blinken", known.getString("data.reaction.actor.id"));
        assertEquals(NATIONWIDE, known.getString("data.reaction.event.id"));
        assertEquals("2022-01-06", known.getString("data.reaction.date"));

        JsonPath unknown = execute("{ reaction(id: \"no-such-reaction\") { id } }");
        assertNull(unknown.get("errors"));
        assertNull(unknown.get("data.reaction"));

        JsonPath malformed = execute("{ reaction(id: \"Not a slug!\") { id } }");
        assertNull(malformed.get("errors"), "an id that cannot exist is simply not found");
        assertNull(malformed.get("data.reaction"));
    }

    @Test
    void filterByEventListsItsReactions() {
        JsonPath page = list(Map.of("filter", Map.of("eventId", "csto-peacekeepers-arrive")));

        assertEquals(Set.of("zas-mission-scope", "csto-protect-facilities", "trenin-vital-interest"), Set.copyOf(ids(page)));
        assertEquals(3, page.getInt("data.reactions.totalCount"));
    }

    @Test
    void filterByActorListsWhatTheActorSaid() {
        JsonPath page = list(Map.of("filter", Map.of("actorId", "bruce-pannier")));

        assertEquals(Set.of("pannier-hopes-dashed", "pannier-pandemic-pretext"), Set.copyOf(ids(page)));
        assertEquals(List.of("bruce-pannier", "bruce-pannier"), page.getList("data.reactions.edges.node.actor.id"));
    }

    @Test
    void filterByKindsAndStancesKeepsOnlyMatchingReactions() {
        JsonPath page = list(Map.of("first", 100, "filter", Map.of("kinds", List.of("ANALYSIS", "MEDIA_COVERAGE"), "stances", List.of("CRITICAL"))));

        assertTrue(page.getList("data.reactions.edges.node.kind", String.class).stream()
                .allMatch(kind -> kind.equals("ANALYSIS") || kind.equals("MEDIA_COVERAGE")));
        assertTrue(page.getList("data.reactions.edges.node.stance", String.class).stream().allMatch("CRITICAL"::equals));
        assertTrue(ids(page).containsAll(List.of("pannier-hopes-dashed", "pannier-pandemic-pretext")));
        assertFalse(ids(page).contains("bbc-gunshots-report"), "neutral coverage is not critical");
    }

    @Test
    void filtersCombine() {
        JsonPath page = list(Map.of("filter", Map.of("eventId", NATIONWIDE, "kinds", List.of("STATEMENT"), "stances", List.of("NEUTRAL"))));

        assertEquals(Set.of("china-relatively-calm", "us-calls-for-calm", "blinken-neutral-statement"), Set.copyOf(ids(page)));
    }

    @Test
    void emptyKindListsDoNotFilter() {
        JsonPath page = list(Map.of("filter", Map.of("eventId", NATIONWIDE, "kinds", List.of(), "stances", List.of())));

        assertEquals(4, page.getInt("data.reactions.totalCount"));
    }

    @Test
    void ordersByDateAscendingByDefaultAndDescendingOnRequest() {
        List<Map<String, String>> ascending = nodes(list(Map.of("filter", Map.of("eventId", NATIONWIDE))));
        List<Map<String, String>> descending = nodes(list(Map.of("filter", Map.of("eventId", NATIONWIDE), "orderBy", "DATE_DESC")));

        assertEquals("tokayev-international-terrorists", ascending.get(0).get("id"), "5 January comes first");
        assertEquals("tokayev-international-terrorists", descending.get(descending.size() - 1).get("id"), "and last when newest first");
        Comparator<Map<String, String>> byDate = Comparator.comparing(node -> node.get("date"));
        assertEquals(sorted(ascending, byDate), ascending);
        assertEquals(sorted(ascending, byDate.reversed()), descending,
                "same-day reactions keep one order whichever way the dates go, so pages never overlap");
    }

    @Test
    void pagesFollowEachOtherWithoutGapsOrOverlaps() {
        Map<String, Object> filter = Map.of("eventId", NATIONWIDE);
        List<String> whole = ids(list(Map.of("filter", filter)));

        JsonPath first = list(Map.of("filter", filter, "first", 3));
        assertEquals(whole.subList(0, 3), ids(first));
        assertTrue(first.getBoolean("data.reactions.pageInfo.hasNextPage"));
        assertFalse(first.getBoolean("data.reactions.pageInfo.hasPreviousPage"));
        assertEquals(4, first.getInt("data.reactions.totalCount"), "the total counts every page");
        List<String> cursors = first.getList("data.reactions.edges.cursor");
        assertEquals(cursors.get(0), first.getString("data.reactions.pageInfo.startCursor"));
        assertEquals(cursors.get(2), first.getString("data.reactions.pageInfo.endCursor"));

        JsonPath second = list(Map.of("filter", filter, "first", 3, "after", first.getString("data.reactions.pageInfo.endCursor")));
        assertEquals(whole.subList(3, 4), ids(second));
        assertFalse(second.getBoolean("data.reactions.pageInfo.hasNextPage"));
        assertTrue(second.getBoolean("data.reactions.pageInfo.hasPreviousPage"));

        JsonPath fromMiddle = list(Map.of("filter", filter, "first", 2, "after", cursors.get(0)));
        assertEquals(whole.subList(1, 3), ids(fromMiddle), "any cursor of a page continues after its item");
    }

    @Test
    void anEmptyPageStillCountsTheWholeList() {
        JsonPath none = list(Map.of("filter", Map.of("eventId", NATIONWIDE), "first", 0));

        assertEquals(List.of(), ids(none));
        assertEquals(4, none.getInt("data.reactions.totalCount"));
        assertTrue(none.getBoolean("data.reactions.pageInfo.hasNextPage"));
        assertNull(none.get("data.reactions.pageInfo.startCursor"));
        assertNull(none.get("data.reactions.pageInfo.endCursor"));
    }

    @Test
    void aCursorPastTheEndGivesAnEmptyPage() {
        JsonPath last = list(Map.of("filter", Map.of("eventId", NATIONWIDE), "first", 4));
        JsonPath beyond = list(Map.of("filter", Map.of("eventId", NATIONWIDE), "after", last.getString("data.reactions.pageInfo.endCursor")));

        assertEquals(List.of(), ids(beyond));
        assertFalse(beyond.getBoolean("data.reactions.pageInfo.hasNextPage"));
    }

    @Test
    void firstDefaultsToTwentyAndAcceptsUpToOneHundred() {
        assertTrue(ids(list(Map.of())).size() <= 20);
        assertNull(list(Map.of("first", 100)).get("errors"));
    }

    @Test
    void badPagingArgumentsAreRefusedWithTheArgumentNamed() {
        assertError(list(Map.of("first", -1)), "BAD_USER_INPUT", "field", "first");
        assertError(list(Map.of("first", 101)), "BAD_USER_INPUT", "field", "first");
        assertError(list(Map.of("after", "not-a-cursor")), "BAD_USER_INPUT", "field", "after");
        assertError(list(Map.of("after", "b2Zmc2V0Oi01")), "BAD_USER_INPUT", "field", "after"); // "offset:-5"
    }

    @Test
    void malformedFilterIdsAreRefusedWithTheFieldNamed() {
        assertError(list(Map.of("filter", Map.of("actorId", "Tokayev"))), "BAD_USER_INPUT", "field", "filter.actorId");
        assertError(list(Map.of("filter", Map.of("eventId", "a--b"))), "BAD_USER_INPUT", "field", "filter.eventId");
    }

    @Test
    void anUnknownEnumValueIsAValidationErrorNotAServerError() {
        JsonPath response = list(Map.of("filter", Map.of("kinds", List.of("RUMOUR"))));

        assertNull(response.get("data"));
        // An unknown value of a variable is a value the client sent that does not coerce; no SmallRye classification shows.
        assertEquals("BAD_USER_INPUT", response.getString("errors[0].extensions.code"));
        assertNull(response.get("errors[0].extensions.classification"));
    }

    private static JsonPath list(Map<String, Object> variables) {
        return execute(LIST, new HashMap<>(variables));
    }

    private static List<String> ids(JsonPath page) {
        return page.getList("data.reactions.edges.node.id");
    }

    private static List<Map<String, String>> nodes(JsonPath page) {
        return page.getList("data.reactions.edges.node");
    }

    private static List<Map<String, String>> sorted(List<Map<String, String>> nodes, Comparator<Map<String, String>> order) {
        List<Map<String, String>> copy = new ArrayList<>(nodes);
        copy.sort(order);
        return copy;
    }
}
