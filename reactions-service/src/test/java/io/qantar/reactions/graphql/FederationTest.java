package io.qantar.reactions.graphql;

import static io.qantar.reactions.GraphQLClient.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** What a federation gateway relies on: the schema it composes and the entity fetches it plans. */
@QuarkusTest
class FederationTest {

    private static final String ENTITIES = """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on Reaction { id actor { id } event { id } }
                ... on Actor { id reactions { id date } }
                ... on Event { id reactions { id date } }
              }
            }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void sdlLinksFederationTwoAndDeclaresTheKeys() {
        String sdl = execute("{ _service { sdl } }").getString("data._service.sdl");

        assertTrue(Pattern.compile("schema @link\\([^)]*url : \"https://specs\\.apollo\\.dev/federation/v2\\.\\d+\"").matcher(sdl).find(), sdl);
        assertTrue(sdl.contains("\"@key\""), "imports @key");
        assertTrue(sdl.contains("\"@shareable\""), "imports @shareable");
        for (String type : List.of("Reaction", "Actor", "Event")) {
            assertTrue(sdl.contains("type " + type + " @key(fields : \"id\")"), type + " is an entity keyed by id");
        }
        assertTrue(sdl.contains("type PageInfo @shareable"));
        assertTrue(sdl.contains("type Source @shareable"));
    }

    @Test
    void reactionEntitiesAnswerInOrderWithNullForAnUnknownId() {
        JsonPath response = execute(ENTITIES, Map.of("representations", List.of(
                reaction("trenin-vital-interest"), reaction("no-such-reaction"), reaction("blinken-neutral-statement"),
                reaction("trenin-vital-interest"))));

        assertNull(response.get("errors"));
        List<Map<String, Object>> entities = response.getList("data._entities");
        assertEquals(4, entities.size());
        assertEquals("trenin-vital-interest", entities.get(0).get("id"));
        assertNull(entities.get(1));
        assertEquals("blinken-neutral-statement", entities.get(2).get("id"));
        assertEquals("trenin-vital-interest", entities.get(3).get("id"), "a repeated representation is answered again");
        assertEquals("dmitri-trenin", response.getString("data._entities[0].actor.id"));
        assertEquals("csto-peacekeepers-arrive", response.getString("data._entities[0].event.id"));
    }

    @Test
    void actorAndEventEntitiesCarryTheirReactionsByDate() {
        JsonPath response = execute(ENTITIES, Map.of("representations", List.of(
                Map.of("__typename", "Actor", "id", "bruce-pannier"),
                Map.of("__typename", "Event", "id", "protests-spread-nationwide"),
                Map.of("__typename", "Actor", "id", "an-actor-nobody-reacted-as"))));

        assertNull(response.get("errors"));
        assertEquals(List.of("pannier-hopes-dashed", "pannier-pandemic-pretext"), response.getList("data._entities[0].reactions.id"));
        List<String> dates = response.getList("data._entities[1].reactions.date");
        assertEquals(4, dates.size());
        assertEquals(dates.stream().sorted().toList(), dates, "by date");
        assertEquals("tokayev-international-terrorists", response.getString("data._entities[1].reactions[0].id"));
        assertEquals("an-actor-nobody-reacted-as", response.getString("data._entities[2].id"));
        assertEquals(List.of(), response.getList("data._entities[2].reactions"));
    }

    @Test
    void reactionsOfAHundredActorsCostOneQuery() {
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < 98; i++) {
            representations.add(Map.of("__typename", "Actor", "id", "actor-" + i));
        }
        representations.add(Map.of("__typename", "Actor", "id", "bruce-pannier"));
        representations.add(Map.of("__typename", "Actor", "id", "dmitri-trenin"));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        JsonPath response = execute(ENTITIES, Map.of("representations", representations));

        assertNull(response.get("errors"));
        assertEquals(2, response.getList("data._entities[98].reactions").size());
        assertEquals(1, response.getList("data._entities[99].reactions").size());
        assertEquals(1, statistics.getPrepareStatementCount(), "one query for the whole batch");
    }

    @Test
    void reactionsOfAHundredEventsCostOneQuery() {
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < 99; i++) {
            representations.add(Map.of("__typename", "Event", "id", "event-" + i));
        }
        representations.add(Map.of("__typename", "Event", "id", "csto-peacekeepers-arrive"));
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        JsonPath response = execute(ENTITIES, Map.of("representations", representations));

        assertNull(response.get("errors"));
        assertEquals(3, response.getList("data._entities[99].reactions").size());
        assertEquals(1, statistics.getPrepareStatementCount(), "one query for the whole batch");
    }

    @Test
    void aHundredReactionEntitiesCostOneQuery() {
        List<Map<String, Object>> representations = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            representations.add(reaction(i % 2 == 0 ? "zas-mission-scope" : "reaction-" + i));
        }
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        JsonPath response = execute(ENTITIES, Map.of("representations", representations));

        assertNull(response.get("errors"));
        assertEquals("zas-mission-scope", response.getString("data._entities[98].id"));
        assertNull(response.get("data._entities[99]"));
        assertEquals(1, statistics.getPrepareStatementCount(), "one query for the whole batch");
    }

    private static Map<String, Object> reaction(String id) {
        return Map.of("__typename", "Reaction", "id", id);
    }
}
