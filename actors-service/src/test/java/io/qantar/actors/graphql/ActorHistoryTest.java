package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.UPDATE;
import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.graphqlWith;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.qantar.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every write of an actor is recorded with its writer and time; editors read the history, readers cannot. */
@QuarkusTest
class ActorHistoryTest {

    private static final String HISTORY = "query($id: ID!) { actor(id: $id) { id name history { at by change } } }";

    @Test
    void anEditorReadsWhoWroteWhatAndWhen() {
        String id = uniqueId("chronicled");
        create(newActor(id, "PERSON", "Chronicled"));
        graphqlWith(TestTokens.token("second-editor@example.org", TestTokens.EDIT), UPDATE,
                "id", id, "input", Map.of("name", "Renamed", "description", "Changed by a test.", "version", 0))
                .statusCode(200).body("errors", nullValue());
        graphql("mutation($id: ID!) { retireActor(id: $id) { id } }", "id", id).body("errors", nullValue());

        graphql(HISTORY, "id", id)
                .body("errors", nullValue())
                .body("data.actor.history.change", contains("created", "updated name, description", "retired"))
                .body("data.actor.history.by", contains(TestTokens.EDITOR_SUBJECT, "second-editor@example.org",
                        TestTokens.EDITOR_SUBJECT))
                .body("data.actor.history.at", everyItem(notNullValue()));
    }

    @Test
    void aReaderGetsTheActorButNotItsHistory() {
        String id = uniqueId("private-history");
        create(newActor(id, "PERSON", "Private"));

        graphqlWith(TestTokens.reader(), HISTORY, "id", id)
                .statusCode(200)
                .body("data.actor.name", equalTo("Private"))
                .body("data.actor.history", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("actor", "history"));
        graphqlWith(null, HISTORY, "id", id)
                .statusCode(200)
                .body("data.actor.name", equalTo("Private"))
                .body("data.actor.history", nullValue())
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
