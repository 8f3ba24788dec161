package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.figure;
import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.participant;
import static io.qantar.events.testing.NewEvents.source;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qantar.events.testing.FakeActorsResource;
import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CreateEventTest {

    private static final String READ_BACK = """
            query($id: ID!) { event(id: $id) { id title
              participants { actor { id } role note }
              figures { measure value qualifier text attribution reportedBy { id } source { outlet } }
              sources { outlet title publishedOn } } }""";

    @Test
    void createsAnEventWithItsParticipantsFiguresAndSources() {
        String id = uniqueId("created");
        Map<String, Object> input = input(id);
        input.put("endDate", "2031-05-06");
        input.put("dateNote", "three days in May");
        input.put("place", Map.of("name", "Almaty", "country", "KZ", "latitude", 43.24, "longitude", 76.89));
        Map<String, Object> tokayev = participant("kassym-jomart-tokayev", "INITIATOR");
        tokayev.put("note", "ordered it");
        input.put("participants", List.of(tokayev, participant("kazakh-protesters", "TARGET")));
        Map<String, Object> arrests = figure(2000, "MORE_THAN", "more than 2,000");
        arrests.put("reportedById", "government-of-kazakhstan");
        input.put("figures", List.of(arrests, figure(null, "VAGUE", "dozens")));

        JsonPath created = GraphQL.data(NewEvents.CREATE, Map.of("input", input)).setRootPath("data.createEvent");
        assertEquals(id, created.getString("id"));
        assertEquals("2031-05-06", created.getString("endDate"));
        assertEquals("Almaty", created.getString("place.name"));
        assertEquals(43.24, created.getDouble("place.latitude"));
        assertEquals(0, created.getInt("version"));
        assertEquals(false, created.getBoolean("retired"));

        JsonPath stored = GraphQL.data(READ_BACK, Map.of("id", id)).setRootPath("data.event");
        assertEquals(List.of("kassym-jomart-tokayev", "kazakh-protesters"), stored.getList("participants.actor.id"));
        assertEquals(List.of("INITIATOR", "TARGET"), stored.getList("participants.role"));
        assertEquals("ordered it", stored.getString("participants[0].note"));
        assertEquals(List.of("more than 2,000", "dozens"), stored.getList("figures.text"));
        assertEquals(2000, stored.getInt("figures[0].value"));
        assertEquals("government-of-kazakhstan", stored.getString("figures[0].reportedBy.id"));
        assertNull(stored.get("figures[1].value"));
        assertNull(stored.get("figures[1].reportedBy"));
        assertEquals("2022-01-06", stored.getString("sources[0].publishedOn"));
    }

    @Test
    void refusesATakenId() {
        String id = NewEvents.create(input(uniqueId("taken")));
        Map<String, Object> again = input(id);
        again.put("title", "Another title");

        assertRefused(again, "input.id");
        assertEquals("Test event " + id, title(id));
    }

    @Test
    void refusesAMalformedId() {
        assertRefused(input("Not A Slug"), "input.id");
        assertRefused(input("double--hyphen"), "input.id");
        assertRefused(input("x".repeat(101)), "input.id");
    }

    @Test
    void refusesBlankOrOverlongText() {
        assertRefused(with(i -> i.put("title", "   ")), "input.title");
        assertRefused(with(i -> i.put("title", "t".repeat(301))), "input.title");
        assertRefused(with(i -> i.put("summary", "")), "input.summary");
        assertRefused(with(i -> i.put("dateNote", "n".repeat(1001))), "input.dateNote");
    }

    @Test
    void refusesAnEventWithoutSources() {
        assertRefused(with(i -> i.put("sources", List.of())), "input.sources");
    }

    @Test
    void refusesAnInvalidSource() {
        Map<String, Object> blankOutlet = source();
        blankOutlet.put("outlet", " ");
        assertRefused(with(i -> i.put("sources", List.of(source(), blankOutlet))), "input.sources[1].outlet");
        Map<String, Object> notAUrl = source();
        notAUrl.put("url", "axios.com/kazakhstan");
        assertRefused(with(i -> i.put("sources", List.of(notAUrl))), "input.sources[0].url");
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertRefused(with(i -> i.put("endDate", "2031-05-03")), "input.endDate");
    }

    @Test
    void refusesADateThatDoesNotMatchItsPrecision() {
        assertRefused(with(i -> i.put("datePrecision", "MONTH")), "input.date");
        assertRefused(with(i -> {
            i.put("date", "2031-05-01");
            i.put("datePrecision", "YEAR");
        }), "input.date");
    }

    @Test
    void acceptsMonthAndYearPrecisionOnTheFirstDay() {
        NewEvents.create(with(i -> {
            i.put("date", "2031-05-01");
            i.put("datePrecision", "MONTH");
        }));
        NewEvents.create(with(i -> {
            i.put("date", "2031-01-01");
            i.put("datePrecision", "YEAR");
        }));
    }

    @Test
    void refusesAnInvalidPlace() {
        assertRefused(with(i -> i.put("place", Map.of("name", "Almaty", "country", "Kazakhstan"))), "input.place.country");
        assertRefused(with(i -> i.put("place", Map.of("name", "", "country", "KZ"))), "input.place.name");
        assertRefused(with(i -> i.put("place", Map.of("name", "Almaty", "country", "KZ", "latitude", 91.0,
                "longitude", 76.89))), "input.place.latitude");
        assertRefused(with(i -> i.put("place", Map.of("name", "Almaty", "country", "KZ", "latitude", 43.24))),
                "input.place.longitude");
    }

    @Test
    void refusesTheSameActorTwiceInOneRole() {
        assertRefused(with(i -> i.put("participants", List.of(participant("csto", "INITIATOR"),
                participant("russia", "CONTRIBUTOR"), participant("csto", "INITIATOR")))), "input.participants[2]");
    }

    @Test
    void acceptsOneActorInTwoRoles() {
        NewEvents.create(with(i -> i.put("participants", List.of(participant("csto", "INITIATOR"),
                participant("csto", "REPORTER")))));
    }

    @Test
    void refusesAFigureWhoseValueDoesNotMatchItsQualifier() {
        assertRefused(with(i -> i.put("figures", List.of(figure(12, "VAGUE", "dozens")))), "input.figures[0].value");
        assertRefused(with(i -> i.put("figures", List.of(figure(18, "AT_LEAST", "at least 18"),
                figure(null, "EXACT", "748")))), "input.figures[1].value");
        assertRefused(with(i -> i.put("figures", List.of(figure(-1, "EXACT", "-1")))), "input.figures[0].value");
    }

    @Test
    void refusesAFigureWithoutAttribution() {
        Map<String, Object> figure = figure(748, "EXACT", "748");
        figure.put("attribution", "");
        assertRefused(with(i -> i.put("figures", List.of(figure))), "input.figures[0].attribution");
    }

    @Test
    void refusesAnUnknownParticipantAndWritesNothing() {
        String id = uniqueId("unknown-actor");
        Map<String, Object> input = input(id);
        input.put("participants", List.of(participant("csto", "INITIATOR"), participant("nobody-at-all", "TARGET")));

        JsonPath error = assertRefused(input, "input.participants[1].actorId");
        assertThat(error.getString("message"), containsString("nobody-at-all"));
        assertNull(GraphQL.data("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id)).get("event"));
    }

    @Test
    void refusesAFigureFromAnUnknownActor() {
        Map<String, Object> figure = figure(748, "EXACT", "748");
        figure.put("reportedById", "ministry-of-nowhere");
        assertRefused(with(i -> i.put("figures", List.of(figure))), "input.figures[0].reportedById");
    }

    @Test
    void reportsASlowActorsServiceAsADownstreamErrorWithinTheReadTimeout() {
        String id = uniqueId("slow-actors");
        Map<String, Object> input = input(id);
        input.put("participants", List.of(participant(FakeActorsResource.SLOW_ACTOR, "INITIATOR")));

        long start = System.nanoTime();
        GraphQL.post(NewEvents.CREATE, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("DOWNSTREAM_SERVICE_ERROR"))
                .body("errors[0].extensions.service", equalTo("actors"));
        // The fake answers after 10 s; the client gives up after its 2 s read timeout.
        assertThat(Duration.ofNanos(System.nanoTime() - start), lessThan(Duration.ofSeconds(5)));
        assertNull(GraphQL.data("query($id: ID!) { event(id: $id) { id } }", Map.of("id", id)).get("event"));
    }

    @Test
    void refusesAMissingRequiredFieldBeforeRunning() {
        Map<String, Object> input = input(uniqueId("no-title"));
        input.remove("title");
        GraphQL.post(NewEvents.CREATE, Map.of("input", input))
                .body("data", nullValue())
                .body("errors[0].message", containsString("title"));
    }

    private static Map<String, Object> with(Consumer<Map<String, Object>> change) {
        Map<String, Object> input = new HashMap<>(input(uniqueId("rule")));
        change.accept(input);
        return input;
    }

    /** Asserts the create fails with BAD_USER_INPUT on {@code field}, and returns the error. */
    private static JsonPath assertRefused(Map<String, Object> input, String field) {
        JsonPath error = GraphQL.firstError(NewEvents.CREATE, Map.of("input", input));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), () -> "error: " + error.prettify());
        assertEquals(field, error.getString("extensions.field"), () -> "error: " + error.prettify());
        return error;
    }

    private static String title(String id) {
        return GraphQL.data("query($id: ID!) { event(id: $id) { title } }", Map.of("id", id)).getString("event.title");
    }
}
