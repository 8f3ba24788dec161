package io.qantar.events.graphql;

import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventQueryTest {

    private static final String EVENT = """
            query($id: ID!) { event(id: $id) { id title summary type date endDate datePrecision dateNote retired version
              place { name region country latitude longitude } } }""";

    @Test
    void answersAnEventById() {
        JsonPath event = GraphQL.data(EVENT, Map.of("id", "protests-begin-western-kazakhstan")).setRootPath("data.event");
        assertEquals("PROTEST", event.getString("type"));
        assertEquals("2022-01-02", event.getString("date"));
        assertEquals("DAY", event.getString("datePrecision"));
        assertTrue(event.getString("dateNote").contains("this weekend"), event.getString("dateNote"));
        assertEquals("Kazakhstan", event.getString("place.name"));
        assertEquals("western Kazakhstan", event.getString("place.region"));
        assertEquals("KZ", event.getString("place.country"));
        assertNull(event.get("place.latitude"), "the article names no town, so the place has no coordinates");
        assertEquals(false, event.getBoolean("retired"));
    }

    @Test
    void answersTheSpanOfAnEventThatLastedSeveralDays() {
        JsonPath event = GraphQL.data(EVENT, Map.of("id", "almaty-looting")).setRootPath("data.event");
        assertEquals("2022-01-05", event.getString("date"));
        assertEquals("2022-01-06", event.getString("endDate"));
    }

    @Test
    void answersNullForAnUnknownId() {
        GraphQL.post(EVENT, Map.of("id", "no-such-event"))
                .body("errors", nullValue())
                .body("data.event", nullValue());
    }

    @Test
    void answersNullForAnIdThatCannotExist() {
        assertNull(GraphQL.data(EVENT, Map.of("id", "Not An Id!")).get("event"));
    }
}
