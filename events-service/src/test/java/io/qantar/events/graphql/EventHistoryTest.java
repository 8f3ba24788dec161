package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.qantar.common.testing.TestTokens;
import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every write of an event is recorded with its writer and time; editors read the history, readers cannot. */
@QuarkusTest
class EventHistoryTest {

    private static final String HISTORY = "query($id: ID!) { event(id: $id) { id title history { at by change } } }";

    @Test
    void anEditorReadsWhoWroteWhatAndWhen() {
        String id = NewEvents.create(input(uniqueId("chronicled")));
        GraphQL.postWith(TestTokens.token("second-editor@example.org", TestTokens.EDIT),
                "mutation($id: ID!) { updateEvent(id: $id, input: {summary: \"Changed by a test.\", version: 0}) { id } }", Map.of("id", id))
                .statusCode(200).body("errors", nullValue());
        GraphQL.data("mutation($id: ID!) { retireEvent(id: $id) { id } }", Map.of("id", id));

        GraphQL.post(HISTORY, Map.of("id", id))
                .body("errors", nullValue())
                .body("data.event.history.change", contains("created", "updated summary", "retired"))
                .body("data.event.history.by", contains(TestTokens.EDITOR_SUBJECT, "second-editor@example.org",
                        TestTokens.EDITOR_SUBJECT))
                .body("data.event.history.at", everyItem(notNullValue()));
    }

    @Test
    void aReaderGetsTheEventButNotItsHistory() {
        String id = NewEvents.create(input(uniqueId("private-history")));
        GraphQL.postWith(TestTokens.reader(), HISTORY, Map.of("id", id))
                .statusCode(200)
                .body("data.event.id", equalTo(id))
                .body("data.event.history", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("event", "history"));
    }
}
