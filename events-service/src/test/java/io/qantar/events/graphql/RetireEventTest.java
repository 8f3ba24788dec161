package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.participant;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RetireEventTest {

    private static final String RETIRE = "mutation($id: ID!) { retireEvent(id: $id) { id retired version } }";

    @Test
    void retiresAnEventThatIsStillAnsweredById() {
        String id = NewEvents.create(input(uniqueId("retired")));

        JsonPath retired = GraphQL.data(RETIRE, Map.of("id", id)).setRootPath("data.retireEvent");
        assertEquals(true, retired.getBoolean("retired"));
        assertEquals(1, retired.getInt("version"));

        JsonPath byId = GraphQL.data("query($id: ID!) { event(id: $id) { id retired } }", Map.of("id", id));
        assertEquals(true, byId.getBoolean("event.retired"));
        JsonPath entity = GraphQL.data("query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { id retired } } }",
                Map.of("r", List.of(Map.of("__typename", "Event", "id", id))));
        assertEquals(true, entity.getBoolean("_entities[0].retired"));
    }

    @Test
    void hidesARetiredEventFromTheTimelineUnlessAsked() {
        String id = NewEvents.create(input(uniqueId("hidden")));
        GraphQL.data(RETIRE, Map.of("id", id));

        String timeline = "query($filter: EventFilter) { timeline(first: 100, filter: $filter) { edges { node { id } } } }";
        Map<String, Object> sameDay = Map.of("from", "2031-05-04", "to", "2031-05-04");
        assertThat(GraphQL.data(timeline, Map.of("filter", sameDay)).getList("timeline.edges.node.id"), not(hasItem(id)));
        Map<String, Object> withRetired = Map.of("from", "2031-05-04", "to", "2031-05-04", "includeRetired", true);
        assertThat(GraphQL.data(timeline, Map.of("filter", withRetired)).getList("timeline.edges.node.id"), hasItem(id));
    }

    @Test
    void hidesARetiredEventFromItsActorsEvents() {
        Map<String, Object> input = input(uniqueId("retired-participation"));
        input.put("participants", List.of(participant("csto", "REPORTER")));
        String id = NewEvents.create(input);
        String actorEvents = "{ _entities(representations: [{__typename: \"Actor\", id: \"csto\"}]) { ... on Actor { events { id } } } }";
        assertThat(GraphQL.data(actorEvents).getList("_entities[0].events.id"), hasItem(id));

        GraphQL.data(RETIRE, Map.of("id", id));

        assertThat(GraphQL.data(actorEvents).getList("_entities[0].events.id"), not(hasItem(id)));
    }

    @Test
    void retiringTwiceChangesNothingMore() {
        String id = NewEvents.create(input(uniqueId("retired-twice")));
        GraphQL.data(RETIRE, Map.of("id", id));
        JsonPath again = GraphQL.data(RETIRE, Map.of("id", id)).setRootPath("data.retireEvent");
        assertEquals(true, again.getBoolean("retired"));
        assertEquals(1, again.getInt("version"));
    }

    @Test
    void refusesAnUnknownEvent() {
        JsonPath error = GraphQL.firstError(RETIRE, Map.of("id", "no-such-event"));
        assertEquals("NOT_FOUND", error.getString("extensions.code"), error::prettify);
        assertEquals("no-such-event", error.getString("extensions.id"));
    }

    @Test
    void refusesAMalformedId() {
        JsonPath error = GraphQL.firstError(RETIRE, Map.of("id", "NO SUCH EVENT"));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals("id", error.getString("extensions.field"));
    }
}
