package io.qantar.reactions;

import io.qantar.reactions.fakes.FakeActorsService;
import io.qantar.reactions.fakes.FakeEventsService;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Mutation inputs and selections shared by the tests that write reactions. */
public final class ReactionInputs {

    public static final String FIELDS = """
            id actor { id } event { id } date dateNote kind stance summary quote
            source { outlet title url publishedOn author quotedPerson }
            reportedThrough reportedThroughActor { id } retired version""";

    public static final String CREATE = "mutation($input: CreateReactionInput!) { createReaction(input: $input) { " + FIELDS + " } }";
    public static final String UPDATE = "mutation($id: ID!, $input: UpdateReactionInput!) { updateReaction(id: $id, input: $input) { " + FIELDS + " } }";
    public static final String RETIRE = "mutation($id: ID!) { retireReaction(id: $id) { " + FIELDS + " } }";
    public static final String READ = "query($id: ID!) { reaction(id: $id) { " + FIELDS + " } }";

    private ReactionInputs() {
    }

    /** A slug no other test uses, so that tests never see each other's writes. */
    public static String uniqueId() {
        return "test-" + UUID.randomUUID();
    }

    /** A complete, valid input for createReaction naming actors and events the fake services know. */
    public static Map<String, Object> validCreateInput(String id) {
        Map<String, Object> source = new HashMap<>();
        source.put("outlet", "Reuters");
        source.put("title", "EU urges restraint in Kazakhstan");
        source.put("url", "https://example.org/eu-kazakhstan");
        source.put("publishedOn", "2022-01-07");
        source.put("author", "A. Correspondent");
        source.put("quotedPerson", "Josep Borrell");
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("actorId", FakeActorsService.BORRELL);
        input.put("eventId", FakeEventsService.STATE_OF_EMERGENCY);
        input.put("date", "2022-01-07");
        input.put("dateNote", "'Friday' in a report of Fri 7 Jan 2022");
        input.put("kind", "STATEMENT");
        input.put("stance", "CONCERNED");
        input.put("summary", "Called for restraint on all sides.");
        input.put("quote", "restraint");
        input.put("source", source);
        input.put("reportedThrough", "Reuters");
        input.put("reportedThroughActorId", FakeActorsService.REUTERS);
        return input;
    }
}
