package io.qantar.reactions.graphql;

import static io.qantar.reactions.GraphQLClient.execute;
import static io.qantar.reactions.GraphQLClient.send;
import static io.qantar.reactions.ReactionInputs.CREATE;
import static io.qantar.reactions.ReactionInputs.RETIRE;
import static io.qantar.reactions.ReactionInputs.uniqueId;
import static io.qantar.reactions.ReactionInputs.validCreateInput;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.qantar.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every write of a reaction is recorded with its writer and time; editors read the history, readers cannot. */
@QuarkusTest
class ReactionHistoryTest {

    private static final String HISTORY = "query($id: ID!) { reaction(id: $id) { id summary history { at by change } } }";

    @Test
    void anEditorReadsWhoWroteWhatAndWhen() {
        String id = uniqueId();
        execute(CREATE, Map.of("input", validCreateInput(id)));
        send(TestTokens.token("second-editor@example.org", TestTokens.EDIT),
                "mutation($id: ID!) { updateReaction(id: $id, input: {summary: \"Changed by a test.\", version: 0}) { id } }", Map.of("id", id))
                .statusCode(200).body("errors", nullValue());
        execute(RETIRE, Map.of("id", id));
        execute(RETIRE, Map.of("id", id));

        send(TestTokens.editor(), HISTORY, Map.of("id", id))
                .statusCode(200)
                .body("errors", nullValue())
                .body("data.reaction.history.change", contains("created", "updated summary", "retired"))
                .body("data.reaction.history.by", contains(TestTokens.EDITOR_SUBJECT, "second-editor@example.org",
                        TestTokens.EDITOR_SUBJECT))
                .body("data.reaction.history.at", everyItem(notNullValue()));
    }

    @Test
    void aReaderGetsTheReactionButNotItsHistory() {
        String id = uniqueId();
        execute(CREATE, Map.of("input", validCreateInput(id)));
        send(TestTokens.reader(), HISTORY, Map.of("id", id))
                .statusCode(200)
                .body("data.reaction.id", equalTo(id))
                .body("data.reaction.history", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].path", contains("reaction", "history"));
    }
}
