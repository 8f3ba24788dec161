package io.qantar.reactions.graphql;

import static io.qantar.reactions.GraphQLClient.execute;
import static io.qantar.reactions.GraphQLClient.send;
import static io.qantar.reactions.ReactionInputs.CREATE;
import static io.qantar.reactions.ReactionInputs.READ;
import static io.qantar.reactions.ReactionInputs.RETIRE;
import static io.qantar.reactions.ReactionInputs.uniqueId;
import static io.qantar.reactions.ReactionInputs.validCreateInput;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qantar.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calling the service directly does not get around the gateway: writes need a token with the scope the schema
 * declares, a refused write writes nothing, a refused token gets a GraphQL 401, and reads stay open.
 */
@QuarkusTest
class AuthorizationTest {

    @Test
    void anAnonymousWriteIsUnauthenticatedAndWritesNothing() {
        String id = uniqueId();
        send(null, CREATE, Map.of("input", validCreateInput(id)))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        assertNull(execute(READ, Map.of("id", id)).get("data.reaction"), "nothing written");
    }

    @Test
    void aReaderIsForbiddenAndAnEditorWithoutRetireCannotRetire() {
        String id = uniqueId();
        send(TestTokens.reader(), CREATE, Map.of("input", validCreateInput(id)))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        assertNull(execute(READ, Map.of("id", id)).get("data.reaction"), "nothing written");

        execute(CREATE, Map.of("input", validCreateInput(id)));
        send(TestTokens.token("writer@example.org", TestTokens.EDIT), RETIRE, Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("qantar:retire"));
        assertEquals(false, execute(READ, Map.of("id", id)).getBoolean("data.reaction.retired"));
        assertEquals(true, execute(RETIRE, Map.of("id", id)).getBoolean("data.retireReaction.retired"));
    }

    @Test
    void readsStayOpenToAnonymousClients() {
        send(null, "{ reactions(first: 1) { totalCount } }", Map.of())
                .statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void everyRefusedTokenIsAGraphQL401AndWritesNothing() {
        TestTokens.refused().forEach((what, token) -> {
            String id = uniqueId();
            String code = send(token, CREATE, Map.of("input", validCreateInput(id)))
                    .statusCode(401)
                    .body("data", nullValue())
                    .extract().path("errors[0].extensions.code");
            assertEquals("UNAUTHENTICATED", code, what);
            assertNull(execute(READ, Map.of("id", id)).get("data.reaction"), what + ": nothing written");
        });
    }
}
