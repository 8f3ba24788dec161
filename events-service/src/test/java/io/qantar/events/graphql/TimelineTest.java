package io.qantar.events.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.oneOf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class TimelineTest {

    private static final String TIMELINE = """
            query($first: Int, $after: String, $filter: EventFilter, $orderBy: EventOrder) {
              timeline(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
                totalCount
                pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
                edges { cursor node { id type date endDate retired place { name region country } } }
              }
            }""";

    @Test
    void listsTheTimelineOldestFirstByDefault() {
        JsonPath page = timeline(Map.of("first", 100));
        List<String> dates = page.getList("edges.node.date");
        assertTrue(dates.size() >= 21, "the shipped timeline has 21 events");
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals("kazakhstan-independence", page.getString("edges[0].node.id"));
    }

    @Test
    void listsNewestFirstOnRequest() {
        List<String> ascending = timeline(Map.of("first", 100, "orderBy", "DATE_ASC")).getList("edges.node.id");
        List<String> descending = timeline(Map.of("first", 100, "orderBy", "DATE_DESC")).getList("edges.node.id");
        List<String> reversed = new ArrayList<>(ascending);
        Collections.reverse(reversed);
        assertEquals(reversed, descending);
    }

    @Test
    void pagesThroughTheWholeTimelineWithoutGapsOrOverlaps() {
        JsonPath all = timeline(Map.of("first", 100));
        List<String> expected = all.getList("edges.node.id");
        List<String> paged = new ArrayList<>();
        String after = null;
        boolean hasNext = true;
        boolean first = true;
        while (hasNext) {
            Map<String, Object> variables = new HashMap<>(Map.of("first", 4));
            variables.put("after", after);
            JsonPath page = timeline(variables);
            paged.addAll(page.getList("edges.node.id"));
            assertEquals(!first, page.getBoolean("pageInfo.hasPreviousPage"));
            assertEquals(page.getString("edges[-1].cursor"), page.getString("pageInfo.endCursor"));
            assertEquals(page.getString("edges[0].cursor"), page.getString("pageInfo.startCursor"));
            assertEquals(all.getInt("totalCount"), page.getInt("totalCount"));
            hasNext = page.getBoolean("pageInfo.hasNextPage");
            after = page.getString("pageInfo.endCursor");
            first = false;
        }
        assertEquals(expected, paged);
    }

    @Test
    void answersAnEmptyPageWithTheTotalForFirstZero() {
        JsonPath page = timeline(Map.of("first", 0));
        assertEquals(List.of(), page.getList("edges"));
        assertTrue(page.getInt("totalCount") >= 21);
        assertTrue(page.getBoolean("pageInfo.hasNextPage"));
        assertNull(page.get("pageInfo.endCursor"));
    }

    @Test
    void answersAnEmptyPageAfterTheLastEvent() {
        String lastCursor = timeline(Map.of("first", 100)).getString("pageInfo.endCursor");
        JsonPath page = timeline(Map.of("first", 10, "after", lastCursor));
        assertEquals(List.of(), page.getList("edges"));
        assertFalse(page.getBoolean("pageInfo.hasNextPage"));
        assertTrue(page.getBoolean("pageInfo.hasPreviousPage"));
    }

    @Test
    void refusesACursorItDidNotIssue() {
        assertRefused(Map.of("after", "not-a-cursor"), "after");
        String foreign = Base64.getEncoder().encodeToString("page:2".getBytes(StandardCharsets.UTF_8));
        assertRefused(Map.of("after", foreign), "after");
    }

    @Test
    void refusesAPageSizeOutOfRange() {
        assertRefused(Map.of("first", 101), "first");
        assertRefused(Map.of("first", -1), "first");
    }

    @Test
    void filtersByDateRangeIncludingEventsThatSpanIntoIt() {
        List<Map<String, String>> events = nodes(Map.of("from", "2022-01-06", "to", "2022-01-06"));
        List<String> ids = events.stream().map(e -> e.get("id")).toList();
        assertThat(ids, hasItems("csto-peacekeepers-arrive", "casualty-and-arrest-figures", "almaty-looting"));
        assertThat(ids, not(hasItem("protests-spread-nationwide")));
        for (Map<String, String> event : events) {
            LocalDate start = LocalDate.parse(event.get("date"));
            LocalDate end = event.get("endDate") == null ? start : LocalDate.parse(event.get("endDate"));
            assertFalse(start.isAfter(LocalDate.of(2022, 1, 6)) || end.isBefore(LocalDate.of(2022, 1, 6)), event::toString);
        }
    }

    @Test
    void refusesADateRangeThatEndsBeforeItStarts() {
        assertRefused(Map.of("filter", Map.of("from", "2022-01-06", "to", "2022-01-05")), "filter.to");
    }

    @Test
    void filtersByType() {
        List<Map<String, String>> events = nodes(Map.of("types", List.of("MILITARY_DEPLOYMENT", "DIPLOMATIC")));
        assertThat(events.stream().map(e -> e.get("type")).toList(),
                everyItem(oneOf("MILITARY_DEPLOYMENT", "DIPLOMATIC")));
        assertThat(events.stream().map(e -> e.get("id")).toList(), hasItems("russian-troops-depart-moscow",
                "csto-peacekeepers-arrive", "csto-assistance-requested", "csto-mission-approved"));
    }

    @Test
    void filtersByPlaceNameOrRegionIgnoringCase() {
        List<String> almaty = ids(Map.of("place", "almaty"));
        assertThat(almaty, hasItems("protests-spread-nationwide", "almaty-airport-seized", "almaty-looting",
                "almaty-overnight-gunfire"));
        assertThat(almaty, not(hasItem("russian-troops-depart-moscow")));
        assertThat(ids(Map.of("place", "WESTERN")), hasItem("protests-begin-western-kazakhstan"));
    }

    @Test
    void takesWildcardsInThePlaceFilterLiterally() {
        assertEquals(List.of(), ids(Map.of("place", "%")));
        assertEquals(List.of(), ids(Map.of("place", "Al_aty")));
    }

    @Test
    void filtersByCountry() {
        List<Map<String, Object>> inRussia = nodesWithPlace(Map.of("country", "RU"));
        assertThat(inRussia.stream().map(e -> e.get("id")).toList(), hasItem("russian-troops-depart-moscow"));
        for (Map<String, Object> event : inRussia) {
            assertEquals("RU", ((Map<?, ?>) event.get("place")).get("country"));
        }
    }

    @Test
    void refusesACountryThatIsNotAnIsoCode() {
        assertRefused(Map.of("filter", Map.of("country", "Kazakhstan")), "filter.country");
    }

    @Test
    void filtersByParticipant() {
        // Actors the tests' fake actors-service does not know, so no test can add events for them.
        assertEquals(List.of("csto-peacekeepers-arrive"), ids(Map.of("actorId", "stanislav-zas")));
        assertEquals(List.of("almaty-looting"), ids(Map.of("actorId", "criminal-gangs-almaty")));
    }

    @Test
    void refusesAMalformedActorId() {
        assertRefused(Map.of("filter", Map.of("actorId", "Stanislav Zas")), "filter.actorId");
    }

    @Test
    void combinesConditions() {
        List<String> ids = ids(Map.of("place", "almaty", "types", List.of("CRIME"), "from", "2022-01-01"));
        assertThat(ids, hasItem("almaty-looting"));
        assertThat(ids, not(hasItem("almaty-airport-seized")));
    }

    private static JsonPath timeline(Map<String, Object> variables) {
        return GraphQL.data(TIMELINE, variables).setRootPath("data.timeline");
    }

    private static List<Map<String, String>> nodes(Map<String, Object> filter) {
        return timeline(Map.of("first", 100, "filter", filter)).getList("edges.node");
    }

    private static List<Map<String, Object>> nodesWithPlace(Map<String, Object> filter) {
        return timeline(Map.of("first", 100, "filter", filter)).getList("edges.node");
    }

    private static List<String> ids(Map<String, Object> filter) {
        return timeline(Map.of("first", 100, "filter", filter)).getList("edges.node.id");
    }

    private static void assertRefused(Map<String, Object> variables, String field) {
        JsonPath error = GraphQL.firstError(TIMELINE, variables);
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals(field, error.getString("extensions.field"), error::prettify);
    }
}
