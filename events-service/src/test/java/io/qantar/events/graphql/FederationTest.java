package io.qantar.events.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FederationTest {

    private static final String ENTITIES = """
            query($representations: [_Any!]!) { _entities(representations: $representations) {
              ... on Event { id title date }
              ... on Actor { id events { id date } } } }""";

    @Test
    void publishesAFederationTwoSchemaWithItsKeys() {
        String sdl = GraphQL.data("{ _service { sdl } }").getString("_service.sdl");
        assertThat(sdl, containsString("@link(import : [\"@key\", \"@shareable\", \"@requiresScopes\", \"@cost\", \"@listSize\"], url : \"https://specs.apollo.dev/federation/v2."));
        assertThat(sdl, containsString("type Event @key(fields : \"id\")"));
        assertThat(sdl, containsString("type Actor @key(fields : \"id\")"));
        assertThat(sdl, containsString("type PageInfo @shareable"));
        assertThat(sdl, containsString("type Source @shareable"));
    }

    @Test
    void resolvesABatchOfEventsInOrderWithNullForAnUnknownId() {
        JsonPath data = GraphQL.data(ENTITIES, Map.of("representations", List.of(
                event("csto-peacekeepers-arrive"), event("no-such-event"), event("fuel-price-cap-lifted"),
                event("csto-peacekeepers-arrive"))));
        assertEquals(4, data.getList("_entities").size());
        assertEquals("csto-peacekeepers-arrive", data.getString("_entities[0].id"));
        assertNull(data.get("_entities[1]"));
        assertEquals("fuel-price-cap-lifted", data.getString("_entities[2].id"));
        assertEquals("2022-01-01", data.getString("_entities[2].date"));
        assertEquals("csto-peacekeepers-arrive", data.getString("_entities[3].id"));
    }

    @Test
    void addsTheirEventsToActorsByDate() {
        JsonPath data = GraphQL.data(ENTITIES, Map.of("representations", List.of(
                actor("kazakh-protesters"), actor("criminal-gangs-almaty"), actor("an-actor-without-events"))));
        List<String> dates = data.getList("_entities[0].events.date");
        assertEquals(dates.stream().sorted().toList(), dates);
        assertThat(data.getList("_entities[0].events.id").toString(), containsString("protests-begin-western-kazakhstan"));
        assertEquals(List.of("almaty-looting"), data.getList("_entities[1].events.id"));
        assertEquals("an-actor-without-events", data.getString("_entities[2].id"));
        assertEquals(List.of(), data.getList("_entities[2].events"));
    }

    @Test
    void narrowsAnActorsEventsToOneRole() {
        String query = """
                query($representations: [_Any!]!, $role: ParticipantRole) {
                  _entities(representations: $representations) { ... on Actor { events(role: $role) { id } } } }""";
        List<Map<String, Object>> nazarbayev = List.of(actor("nursultan-nazarbayev"));
        Map<String, Object> targeted = new HashMap<>(Map.of("representations", nazarbayev, "role", "TARGET"));
        assertEquals(List.of("nazarbayev-removed-from-security-council"),
                GraphQL.data(query, targeted).getList("_entities[0].events.id"));
        assertEquals(List.of("kazakhstan-independence", "power-transition-2019", "capital-renamed-nur-sultan",
                        "nazarbayev-removed-from-security-council"),
                GraphQL.data(query, Map.of("representations", nazarbayev)).getList("_entities[0].events.id"));
    }

    @Test
    void aliasesOfAnActorsEventsWithDifferentRolesEachGetTheirOwnAnswer() {
        String aliased = """
                query($representations: [_Any!]!) {
                  _entities(representations: $representations) { ... on Actor {
                    targeted: events(role: TARGET) { id }
                    initiated: events(role: INITIATOR) { id }
                    all: events { id } } } }""";
        String oneRole = """
                query($representations: [_Any!]!, $role: ParticipantRole) {
                  _entities(representations: $representations) { ... on Actor { events(role: $role) { id } } } }""";
        List<Map<String, Object>> actors = List.of(actor("nursultan-nazarbayev"), actor("kassym-jomart-tokayev"));

        JsonPath together = GraphQL.data(aliased, Map.of("representations", actors));

        for (int i = 0; i < actors.size(); i++) {
            Map<String, Object> targeted = new HashMap<>(Map.of("representations", List.of(actors.get(i)), "role", "TARGET"));
            Map<String, Object> initiated = new HashMap<>(Map.of("representations", List.of(actors.get(i)), "role", "INITIATOR"));
            assertEquals(GraphQL.data(oneRole, targeted).getList("_entities[0].events.id"),
                    together.getList("_entities[" + i + "].targeted.id"));
            assertEquals(GraphQL.data(oneRole, initiated).getList("_entities[0].events.id"),
                    together.getList("_entities[" + i + "].initiated.id"));
            assertEquals(GraphQL.data(oneRole, Map.of("representations", List.of(actors.get(i)))).getList("_entities[0].events.id"),
                    together.getList("_entities[" + i + "].all.id"));
        }
        // The roles differ, so at least one of the aliases must differ from another for this test to mean anything.
        assertNotEquals(together.getList("_entities[1].targeted.id"), together.getList("_entities[1].initiated.id"));
    }

    private static Map<String, Object> event(String id) {
        return Map.of("__typename", "Event", "id", id);
    }

    private static Map<String, Object> actor(String id) {
        return Map.of("__typename", "Actor", "id", id);
    }
}
