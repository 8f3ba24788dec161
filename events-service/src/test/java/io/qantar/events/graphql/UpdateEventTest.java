package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.participant;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class UpdateEventTest {

    private static final String UPDATE = """
            mutation($id: ID!, $input: UpdateEventInput!) { updateEvent(id: $id, input: $input) {
              id title summary type date endDate datePrecision version participants { actor { id } role } } }""";

    private static final String READ = """
            query($id: ID!) { event(id: $id) { title summary type date endDate version participants { actor { id } role } } }""";

    @Test
    void changesTheFieldsGivenAndKeepsTheOthers() {
        String id = NewEvents.create(input(uniqueId("update")));

        JsonPath updated = update(id, Map.of("title", "A new title", "endDate", "2031-05-09"))
                .setRootPath("data.updateEvent");

        assertEquals("A new title", updated.getString("title"));
        assertEquals("2031-05-09", updated.getString("endDate"));
        assertEquals("An event made by a test.", updated.getString("summary"));
        assertEquals("2031-05-04", updated.getString("date"));
        assertEquals(1, updated.getInt("version"));
        assertEquals("A new title", read(id).getString("title"));
    }

    @Test
    void replacesTheParticipantsWhenGiven() {
        Map<String, Object> input = input(uniqueId("update-participants"));
        input.put("participants", List.of(participant("csto", "INITIATOR"), participant("russia", "CONTRIBUTOR")));
        String id = NewEvents.create(input);

        update(id, Map.of("participants", List.of(participant("kassym-jomart-tokayev", "TARGET"))));

        assertEquals(List.of("kassym-jomart-tokayev"), read(id).getList("participants.actor.id"));
        update(id, Map.of("title", "Only the title"));
        assertEquals(List.of("kassym-jomart-tokayev"), read(id).getList("participants.actor.id"));
    }

    @Test
    void appliesAnUpdateBasedOnTheCurrentVersion() {
        String id = NewEvents.create(input(uniqueId("versioned")));
        update(id, Map.of("version", 0, "title", "First change"));
        JsonPath second = update(id, Map.of("version", 1, "title", "Second change")).setRootPath("data.updateEvent");
        assertEquals(2, second.getInt("version"));
    }

    @Test
    void refusesAnUpdateBasedOnAStaleVersion() {
        String id = NewEvents.create(input(uniqueId("stale")));
        update(id, Map.of("title", "Someone else's change"));

        JsonPath error = GraphQL.firstError(UPDATE, Map.of("id", id, "input", Map.of("version", 0, "title", "Mine")));

        assertEquals("CONFLICT", error.getString("extensions.code"), error::prettify);
        assertEquals(id, error.getString("extensions.id"));
        assertEquals("Someone else's change", read(id).getString("title"));
    }

    @Test
    void refusesAnUpdateThatStatesNoVersionAndKeepsTheEvent() {
        String id = NewEvents.create(input(uniqueId("unversioned")));

        JsonPath error = GraphQL.firstError(UPDATE, Map.of("id", id, "input", Map.of("title", "A blind overwrite")));

        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals("input.version", error.getString("extensions.field"), error::prettify);
        assertTrue(error.getString("message").contains("must state the version"), error::prettify);
        JsonPath event = read(id);
        assertEquals("Test event " + id, event.getString("title"));
        assertEquals(0, event.getInt("version"));
    }

    @Test
    void refusesAnUnknownEvent() {
        JsonPath error = GraphQL.firstError(UPDATE, Map.of("id", "no-such-event", "input", Map.of("title", "x", "version", 0)));
        assertEquals("NOT_FOUND", error.getString("extensions.code"), error::prettify);
        assertEquals("no-such-event", error.getString("extensions.id"));
    }

    @Test
    void refusesAMalformedId() {
        assertRefused("Not An Id", Map.of("title", "x"), "id");
    }

    @Test
    void refusesInvalidValuesAndKeepsTheEventAsItWas() {
        String id = NewEvents.create(input(uniqueId("invalid-update")));

        assertRefused(id, Map.of("title", " "), "input.title");
        assertRefused(id, Map.of("summary", "s".repeat(4001)), "input.summary");
        assertRefused(id, Map.of("sources", List.of()), "input.sources");
        assertRefused(id, Map.of("endDate", "2031-05-01"), "input.endDate");
        assertRefused(id, Map.of("date", "2031-06-01", "endDate", "2031-05-20"), "input.endDate");
        assertRefused(id, Map.of("datePrecision", "YEAR"), "input.date");
        assertRefused(id, Map.of("version", -1), "input.version");
        assertRefused(id, Map.of("participants", List.of(participant("nobody-at-all", "TARGET"))),
                "input.participants[0].actorId");

        JsonPath event = read(id);
        assertEquals("Test event " + id, event.getString("title"));
        assertEquals(0, event.getInt("version"));
    }

    @Test
    void blamesTheDateWhenAMovedStartPassesTheStoredEnd() {
        Map<String, Object> input = input(uniqueId("moved-start"));
        input.put("endDate", "2031-05-06");
        String id = NewEvents.create(input);
        assertRefused(id, Map.of("date", "2031-05-10"), "input.date");
    }

    @Test
    void clearsTheOptionalFieldsListedAndKeepsTheRest() {
        Map<String, Object> input = input(uniqueId("clear"));
        input.put("endDate", "2031-05-06");
        input.put("dateNote", "resolved from \"this weekend\"");
        input.put("place", Map.of("name", "Almaty", "country", "KZ", "latitude", 43.24, "longitude", 76.89));
        String id = NewEvents.create(input);

        update(id, Map.of("clear", List.of("END_DATE", "PLACE")));

        JsonPath event = GraphQL.data("query($id: ID!) { event(id: $id) { endDate dateNote place { name } version } }",
                Map.of("id", id)).setRootPath("data.event");
        assertNull(event.get("endDate"));
        assertNull(event.get("place"));
        assertEquals("resolved from \"this weekend\"", event.getString("dateNote"));
        assertEquals(1, event.getInt("version"));

        // An end date can be set again once cleared, and the start can now move past the old end.
        update(id, Map.of("date", "2031-05-10", "clear", List.of("DATE_NOTE")));
        assertEquals("2031-05-10", read(id).getString("date"));
    }

    @Test
    void refusesAFieldBothGivenAndClearedAndKeepsTheEvent() {
        Map<String, Object> input = input(uniqueId("clear-and-give"));
        input.put("endDate", "2031-05-06");
        String id = NewEvents.create(input);

        JsonPath error = GraphQL.firstError(UPDATE, Map.of("id", id,
                "input", Map.of("endDate", "2031-05-07", "clear", List.of("END_DATE"), "title", "Changed", "version", 0)));

        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals("input.clear", error.getString("extensions.field"), error::prettify);
        assertTrue(error.getString("message").contains("input.endDate"), error::prettify);
        JsonPath event = read(id);
        assertEquals("2031-05-06", event.getString("endDate"));
        assertEquals("Test event " + id, event.getString("title"));
        assertEquals(0, event.getInt("version"));
    }

    @Test
    void refusesAFieldThatCannotBeCleared() {
        String id = NewEvents.create(input(uniqueId("clear-title")));
        JsonPath error = GraphQL.firstError(UPDATE, Map.of("id", id, "input", Map.of("clear", List.of("TITLE"), "version", 0)));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals("Test event " + id, read(id).getString("title"));
    }

    /** An update that states the version it read: the one given, else the event's current one. */
    private static JsonPath update(String id, Map<String, Object> input) {
        Map<String, Object> versioned = new HashMap<>(input);
        versioned.computeIfAbsent("version", field -> read(id).getInt("version"));
        return GraphQL.data(UPDATE, Map.of("id", id, "input", versioned));
    }

    private static JsonPath read(String id) {
        return GraphQL.data(READ, Map.of("id", id)).setRootPath("data.event");
    }

    /** A refused update of an event at version 0 (the version is added where the input gives none). */
    private static void assertRefused(String id, Map<String, Object> input, String field) {
        Map<String, Object> versioned = new HashMap<>(input);
        versioned.putIfAbsent("version", 0);
        JsonPath error = GraphQL.firstError(UPDATE, Map.of("id", id, "input", versioned));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals(field, error.getString("extensions.field"), error::prettify);
    }
}
