package io.qantar.reactions.graphql;

import static io.qantar.reactions.GraphQLAssertions.assertError;
import static io.qantar.reactions.GraphQLClient.execute;
import static io.qantar.reactions.ReactionInputs.CREATE;
import static io.qantar.reactions.ReactionInputs.READ;
import static io.qantar.reactions.ReactionInputs.RETIRE;
import static io.qantar.reactions.ReactionInputs.UPDATE;
import static io.qantar.reactions.ReactionInputs.uniqueId;
import static io.qantar.reactions.ReactionInputs.validCreateInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.reactions.fakes.FakeActorsService;
import io.qantar.reactions.fakes.FakeEventsService;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

@QuarkusTest
class ReactionMutationsTest {

    @Test
    void createStoresEveryFieldAndStartsAtVersionZero() {
        String id = uniqueId();
        JsonPath created = execute(CREATE, Map.of("input", validCreateInput(id)));

        assertNull(created.get("errors"));
        Map<String, Object> reaction = created.getMap("data.createReaction");
        assertEquals(id, reaction.get("id"));
        assertEquals(Map.of("id", FakeActorsService.BORRELL), reaction.get("actor"));
        assertEquals(Map.of("id", FakeEventsService.STATE_OF_EMERGENCY), reaction.get("event"));
        assertEquals("2022-01-07", reaction.get("date"));
        assertEquals("STATEMENT", reaction.get("kind"));
        assertEquals("CONCERNED", reaction.get("stance"));
        assertEquals("restraint", reaction.get("quote"));
        assertEquals("Josep Borrell", created.getString("data.createReaction.source.quotedPerson"));
        assertEquals(Map.of("id", FakeActorsService.REUTERS), reaction.get("reportedThroughActor"));
        assertEquals(false, reaction.get("retired"));
        assertEquals(0, reaction.get("version"));
        assertEquals(reaction, execute(READ, Map.of("id", id)).getMap("data.reaction"), "read back as created");
    }

    @Test
    void optionalFieldsMayBeLeftOut() {
        String id = uniqueId();
        Map<String, Object> input = validCreateInput(id);
        input.keySet().removeAll(List.of("dateNote", "quote", "reportedThrough", "reportedThroughActorId"));
        input.put("source", Map.of("outlet", "Reuters"));

        JsonPath created = execute(CREATE, Map.of("input", input));

        assertNull(created.get("errors"));
        assertNull(created.get("data.createReaction.quote"));
        assertNull(created.get("data.createReaction.reportedThroughActor"));
        assertEquals("Reuters", created.getString("data.createReaction.source.outlet"));
    }

    static Stream<Arguments> invalidCreateInputs() {
        return Stream.of(
                invalid("input.id", "not a slug", input -> input.put("id", "Not A Slug")),
                invalid("input.id", "longer than 100 characters", input -> input.put("id", "a".repeat(101))),
                invalid("input.actorId", "actor id not a slug", input -> input.put("actorId", "Tokayev!")),
                invalid("input.eventId", "event id not a slug", input -> input.put("eventId", "event_1")),
                invalid("input.reportedThroughActorId", "reporting actor id not a slug",
                        input -> input.put("reportedThroughActorId", "-reuters")),
                invalid("input.actorId", "unknown actor", input -> input.put("actorId", "no-such-actor")),
                invalid("input.eventId", "unknown event", input -> input.put("eventId", "no-such-event")),
                invalid("input.reportedThroughActorId", "unknown reporting actor",
                        input -> input.put("reportedThroughActorId", "no-such-outlet")),
                invalid("input.summary", "blank summary", input -> input.put("summary", "  \n ")),
                invalid("input.summary", "summary too long", input -> input.put("summary", "x".repeat(2001))),
                invalid("input.quote", "blank quote", input -> input.put("quote", " ")),
                invalid("input.quote", "quote too long", input -> input.put("quote", "x".repeat(1001))),
                invalid("input.dateNote", "blank date note", input -> input.put("dateNote", "")),
                invalid("input.dateNote", "date note too long", input -> input.put("dateNote", "x".repeat(501))),
                invalid("input.reportedThrough", "blank reporter", input -> input.put("reportedThrough", "\t")),
                invalid("input.reportedThrough", "reporter too long", input -> input.put("reportedThrough", "x".repeat(301))),
                invalid("input.source.outlet", "blank outlet", input -> source(input).put("outlet", " ")),
                invalid("input.source.url", "source url not http", input -> source(input).put("url", "ftp://example.org/x")),
                invalid("input.source.title", "source title too long", input -> source(input).put("title", "x".repeat(501))));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidCreateInputs")
    void createRefusesInvalidInputNamingTheFieldAndWritesNothing(String field, String rule, Consumer<Map<String, Object>> spoil) {
        String id = uniqueId();
        Map<String, Object> input = validCreateInput(id);
        spoil.accept(input);

        JsonPath response = execute(CREATE, Map.of("input", input));

        assertError(response, "BAD_USER_INPUT", "field", field);
        assertNull(execute(READ, Map.of("id", input.get("id"))).get("data.reaction"), "nothing written");
    }

    @Test
    void createRefusesADuplicateIdAndKeepsTheFirst() {
        String id = uniqueId();
        execute(CREATE, Map.of("input", validCreateInput(id)));
        Map<String, Object> second = validCreateInput(id);
        second.put("summary", "A different reaction under the same id.");

        JsonPath response = execute(CREATE, Map.of("input", second));

        assertError(response, "BAD_USER_INPUT", "field", "input.id");
        assertEquals("Called for restraint on all sides.",
                execute(READ, Map.of("id", id)).getString("data.reaction.summary"));
    }

    @Test
    void createReportsADependencyThatAnswersWithAnErrorAndWritesNothing() {
        String id = uniqueId();
        Map<String, Object> input = validCreateInput(id);
        input.put("eventId", FakeEventsService.FAILING);

        JsonPath response = execute(CREATE, Map.of("input", input));

        assertError(response, "DOWNSTREAM_SERVICE_ERROR", "service", "events");
        assertNull(execute(READ, Map.of("id", id)).get("data.reaction"));
    }

    @Test
    void createReportsADependencyThatTimesOutAndWritesNothing() {
        String id = uniqueId();
        Map<String, Object> input = validCreateInput(id);
        input.put("actorId", FakeActorsService.SLOW);

        long started = System.nanoTime();
        JsonPath response = execute(CREATE, Map.of("input", input));
        long elapsedMillis = (System.nanoTime() - started) / 1_000_000;

        assertError(response, "DOWNSTREAM_SERVICE_ERROR", "service", "actors");
        assertTrue(elapsedMillis < 3_000, "gave up at the read timeout, not when the slow answer came: " + elapsedMillis + " ms");
        assertNull(execute(READ, Map.of("id", id)).get("data.reaction"));
    }

    @Test
    void updateChangesOnlyTheGivenFieldsAndIncrementsTheVersion() {
        String id = created();
        Map<String, Object> changes = new HashMap<>();
        changes.put("stance", "CRITICAL");
        changes.put("eventId", FakeEventsService.INTERNET_RESTORED);
        changes.put("source", Map.of("outlet", "BBC", "author", "Another Reporter"));
        changes.put("version", 0);

        JsonPath updated = execute(UPDATE, Map.of("id", id, "input", changes));

        assertNull(updated.get("errors"));
        assertEquals("CRITICAL", updated.getString("data.updateReaction.stance"));
        assertEquals(FakeEventsService.INTERNET_RESTORED, updated.getString("data.updateReaction.event.id"));
        assertEquals(Map.of("outlet", "BBC", "author", "Another Reporter"),
                withoutNulls(updated.getMap("data.updateReaction.source")), "the source is replaced as a whole");
        assertEquals("Called for restraint on all sides.", updated.getString("data.updateReaction.summary"), "unchanged");
        assertEquals("restraint", updated.getString("data.updateReaction.quote"), "unchanged");
        assertEquals(FakeActorsService.BORRELL, updated.getString("data.updateReaction.actor.id"), "unchanged");
        assertEquals(1, updated.getInt("data.updateReaction.version"));
    }

    @Test
    void updateClearsTheOptionalFieldsListedAndKeepsTheRest() {
        String id = created();

        JsonPath updated = execute(UPDATE, Map.of("id", id,
                "input", Map.of("clear", List.of("QUOTE", "REPORTED_THROUGH", "REPORTED_THROUGH_ACTOR"), "version", 0)));

        assertNull(updated.get("errors"));
        JsonPath stored = execute(READ, Map.of("id", id)).setRootPath("data.reaction");
        assertNull(stored.get("quote"));
        assertNull(stored.get("reportedThrough"));
        assertNull(stored.get("reportedThroughActor"));
        assertEquals("'Friday' in a report of Fri 7 Jan 2022", stored.getString("dateNote"), "not listed, kept");
        assertEquals(1, stored.getInt("version"));
    }

    @Test
    void updateRefusesAFieldBothGivenAndClearedAndChangesNothing() {
        String id = created();

        JsonPath response = execute(UPDATE, Map.of("id", id,
                "input", Map.of("quote", "new words", "summary", "Changed.", "clear", List.of("DATE_NOTE", "QUOTE"), "version", 0)));

        assertError(response, "BAD_USER_INPUT", "field", "input.clear");
        JsonPath stored = execute(READ, Map.of("id", id)).setRootPath("data.reaction");
        assertEquals("restraint", stored.getString("quote"));
        assertEquals("Called for restraint on all sides.", stored.getString("summary"));
        assertEquals(0, stored.getInt("version"));
    }

    @Test
    void updateWithoutVersionIsRefusedAndChangesNothing() {
        String id = created();

        JsonPath response = execute(UPDATE, Map.of("id", id, "input", Map.of("summary", "A blind overwrite.")));

        assertError(response, "BAD_USER_INPUT", "field", "input.version");
        assertTrue(response.getString("errors[0].message").contains("must state the version"), response::prettify);
        JsonPath stored = execute(READ, Map.of("id", id)).setRootPath("data.reaction");
        assertEquals("Called for restraint on all sides.", stored.getString("summary"));
        assertEquals(0, stored.getInt("version"));
    }

    @Test
    void updateWithAStaleVersionIsAConflictAndChangesNothing() {
        String id = created();
        execute(UPDATE, Map.of("id", id, "input", Map.of("summary", "Someone else's change.", "version", 0)));

        JsonPath response = execute(UPDATE, Map.of("id", id, "input", Map.of("summary", "My change.", "version", 0)));

        assertError(response, "CONFLICT", "id", id);
        assertEquals("Someone else's change.", execute(READ, Map.of("id", id)).getString("data.reaction.summary"));
    }

    @Test
    void updateOfAnUnknownIdIsNotFound() {
        String id = uniqueId();

        assertError(execute(UPDATE, Map.of("id", id, "input", Map.of("summary", "x", "version", 0))), "NOT_FOUND", "id", id);
    }

    static Stream<Arguments> invalidUpdateInputs() {
        return Stream.of(
                invalid("input.summary", "blank summary", input -> input.put("summary", " ")),
                invalid("input.quote", "quote too long", input -> input.put("quote", "x".repeat(1001))),
                invalid("input.version", "negative version", input -> input.put("version", -1)),
                invalid("input.source.outlet", "source without outlet text", input -> input.put("source", Map.of("outlet", ""))),
                invalid("input.actorId", "actor id not a slug", input -> input.put("actorId", "Borrell")),
                invalid("input.actorId", "unknown actor", input -> input.put("actorId", "no-such-actor")),
                invalid("input.eventId", "unknown event", input -> input.put("eventId", "no-such-event")),
                invalid("input.reportedThroughActorId", "unknown reporting actor",
                        input -> input.put("reportedThroughActorId", "no-such-outlet")));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("invalidUpdateInputs")
    void updateRefusesInvalidInputNamingTheFieldAndChangesNothing(String field, String rule, Consumer<Map<String, Object>> spoil) {
        String id = created();
        Map<String, Object> changes = new HashMap<>();
        changes.put("stance", "OPPOSED");
        changes.put("version", 0);
        spoil.accept(changes);

        assertError(execute(UPDATE, Map.of("id", id, "input", changes)), "BAD_USER_INPUT", "field", field);
        JsonPath unchanged = execute(READ, Map.of("id", id));
        assertEquals("CONCERNED", unchanged.getString("data.reaction.stance"));
        assertEquals(0, unchanged.getInt("data.reaction.version"));
    }

    @Test
    void updateOfAMalformedIdNamesTheArgument() {
        assertError(execute(UPDATE, Map.of("id", "Not A Slug", "input", Map.of("summary", "x", "version", 0))), "BAD_USER_INPUT", "field", "id");
    }

    @Test
    void updateReportsADependencyThatIsDownAndChangesNothing() {
        String id = created();

        JsonPath response = execute(UPDATE, Map.of("id", id, "input", Map.of("actorId", FakeActorsService.FAILING, "version", 0)));

        assertError(response, "DOWNSTREAM_SERVICE_ERROR", "service", "actors");
        assertEquals(FakeActorsService.BORRELL, execute(READ, Map.of("id", id)).getString("data.reaction.actor.id"));
    }

    @Test
    void retireHidesFromListsButKeepsAnsweringById() {
        String id = created();
        String listMine = "query($retired: Boolean) { reactions(first: 100, filter: {actorId: \"" + FakeActorsService.BORRELL
                + "\", includeRetired: $retired}) { edges { node { id } } } }";
        assertTrue(idsIn(execute(listMine, Map.of("retired", false))).contains(id));

        JsonPath retired = execute(RETIRE, Map.of("id", id));

        assertTrue(retired.getBoolean("data.retireReaction.retired"));
        assertEquals(1, retired.getInt("data.retireReaction.version"));
        assertFalse(idsIn(execute(listMine, Map.of("retired", false))).contains(id), "hidden from the list");
        assertTrue(idsIn(execute(listMine, Map.of("retired", true))).contains(id), "listed with includeRetired");
        assertTrue(execute(READ, Map.of("id", id)).getBoolean("data.reaction.retired"), "still answered by id");
        Map<String, Object> actor = Map.of("__typename", "Actor", "id", FakeActorsService.BORRELL);
        List<String> actorReactions = execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { reactions { id } } } }",
                Map.of("r", List.of(actor))).getList("data._entities[0].reactions.id");
        assertFalse(actorReactions.contains(id), "hidden from Actor.reactions");
    }

    @Test
    void retireOfAnUnknownIdIsNotFound() {
        String id = uniqueId();

        assertError(execute(RETIRE, Map.of("id", id)), "NOT_FOUND", "id", id);
    }

    @Test
    void retiringTwiceChangesNothingMore() {
        String id = created();
        execute(RETIRE, Map.of("id", id));

        JsonPath again = execute(RETIRE, Map.of("id", id));

        assertTrue(again.getBoolean("data.retireReaction.retired"));
        assertEquals(1, again.getInt("data.retireReaction.version"));
    }

    private static String created() {
        String id = uniqueId();
        JsonPath response = execute(CREATE, Map.of("input", validCreateInput(id)));
        assertNull(response.get("errors"));
        return id;
    }

    private static List<String> idsIn(JsonPath list) {
        return list.getList("data.reactions.edges.node.id");
    }

    private static Arguments invalid(String field, String rule, Consumer<Map<String, Object>> spoil) {
        return Arguments.of(field, rule, spoil);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> source(Map<String, Object> input) {
        return (Map<String, Object>) input.get("source");
    }

    private static Map<String, Object> withoutNulls(Map<String, Object> map) {
        Map<String, Object> copy = new HashMap<>(map);
        copy.values().removeIf(value -> value == null);
        return copy;
    }
}
