package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.source;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class LinkEventsTest {

    private static final String LINK = """
            mutation($input: CausalLinkInput!) { linkEvents(input: $input) {
              cause { id } effect { id } description certainty source { outlet quotedPerson } } }""";

    @Test
    void linksTwoEventsBothWays() {
        String cause = NewEvents.create(input(uniqueId("cause")));
        String effect = NewEvents.create(input(uniqueId("effect")));
        Map<String, Object> link = link(cause, effect);
        link.put("certainty", "uncertain: \"perhaps\"");
        Map<String, Object> source = source();
        source.put("quotedPerson", "Bruce Pannier");
        link.put("source", source);

        JsonPath created = GraphQL.data(LINK, Map.of("input", link)).setRootPath("data.linkEvents");
        assertEquals(cause, created.getString("cause.id"));
        assertEquals(effect, created.getString("effect.id"));
        assertEquals("uncertain: \"perhaps\"", created.getString("certainty"));
        assertEquals("Bruce Pannier", created.getString("source.quotedPerson"));

        String read = "query($id: ID!) { event(id: $id) { causes { cause { id } } consequences { effect { id } description } } }";
        assertEquals(List.of(cause), GraphQL.data(read, Map.of("id", effect)).getList("event.causes.cause.id"));
        JsonPath fromCause = GraphQL.data(read, Map.of("id", cause));
        assertEquals(List.of(effect), fromCause.getList("event.consequences.effect.id"));
        assertEquals("One led to the other.", fromCause.getString("event.consequences[0].description"));
    }

    @Test
    void refusesToLinkAnEventToItself() {
        String event = NewEvents.create(input(uniqueId("self")));
        assertRefused(link(event, event), "input.effectId");
    }

    @Test
    void refusesASecondLinkInTheSameDirection() {
        String cause = NewEvents.create(input(uniqueId("twice-cause")));
        String effect = NewEvents.create(input(uniqueId("twice-effect")));
        GraphQL.data(LINK, Map.of("input", link(cause, effect)));
        assertRefused(link(cause, effect), "input.effectId");
    }

    @Test
    void refusesUnknownOrMalformedEvents() {
        String event = NewEvents.create(input(uniqueId("known")));
        assertRefused(link("no-such-event", event), "input.causeId");
        assertRefused(link(event, "no-such-event"), "input.effectId");
        assertRefused(link("Not An Id", event), "input.causeId");
    }

    @Test
    void refusesARetiredEvent() {
        String cause = NewEvents.create(input(uniqueId("live-cause")));
        String retired = NewEvents.create(input(uniqueId("retired-effect")));
        GraphQL.data("mutation($id: ID!) { retireEvent(id: $id) { id } }", Map.of("id", retired));
        assertRefused(link(cause, retired), "input.effectId");
    }

    @Test
    void refusesAMissingDescriptionOrAnInvalidSource() {
        String cause = NewEvents.create(input(uniqueId("described-cause")));
        String effect = NewEvents.create(input(uniqueId("described-effect")));
        Map<String, Object> blank = link(cause, effect);
        blank.put("description", "  ");
        assertRefused(blank, "input.description");
        Map<String, Object> badSource = link(cause, effect);
        badSource.put("source", Map.of("outlet", ""));
        assertRefused(badSource, "input.source.outlet");
    }

    private static Map<String, Object> link(String cause, String effect) {
        return new HashMap<>(Map.of("causeId", cause, "effectId", effect, "description", "One led to the other."));
    }

    private static void assertRefused(Map<String, Object> input, String field) {
        JsonPath error = GraphQL.firstError(LINK, Map.of("input", input));
        assertEquals("BAD_USER_INPUT", error.getString("extensions.code"), error::prettify);
        assertEquals(field, error.getString("extensions.field"), error::prettify);
    }
}
