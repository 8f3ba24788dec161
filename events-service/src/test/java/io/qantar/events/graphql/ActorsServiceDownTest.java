package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.participant;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qantar.events.testing.ActorsServiceDown;
import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ActorsServiceDown.class)
class ActorsServiceDownTest {

    @Test
    void refusesAnEventNamingActorsAndWritesNothing() {
        String id = uniqueId("actors-down");
        Map<String, Object> input = input(id);
        input.put("participants", List.of(participant("csto", "INITIATOR")));

        JsonPath error = GraphQL.firstError(NewEvents.CREATE, Map.of("input", input));

        assertEquals("DOWNSTREAM_SERVICE_ERROR", error.getString("extensions.code"), error::prettify);
        assertEquals("actors", error.getString("extensions.service"));
        assertNull(GraphQL.data("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id)).get("event"));
    }

    @Test
    void refusesAnUpdateOfParticipantsAndKeepsTheEvent() {
        String id = NewEvents.create(input(uniqueId("actors-down-update")));
        JsonPath error = GraphQL.firstError(
                "mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) { id } }",
                Map.of("id", id, "input", Map.of("title", "Changed", "version", 0,
                        "participants", List.of(participant("csto", "INITIATOR")))));

        assertEquals("DOWNSTREAM_SERVICE_ERROR", error.getString("extensions.code"), error::prettify);
        JsonPath event = GraphQL.data("query($id: ID!) { event(id: $id) { title version } }", Map.of("id", id));
        assertEquals("Test event " + id, event.getString("event.title"));
        assertEquals(0, event.getInt("event.version"));
    }

    @Test
    void stillWritesWhatNeedsNoActor() {
        String id = NewEvents.create(input(uniqueId("no-actors-needed")));
        assertEquals(id, GraphQL.data("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id)).getString("event.id"));
    }
}
