package io.qantar.events.graphql;

import static io.qantar.events.testing.NewEvents.input;
import static io.qantar.events.testing.NewEvents.uniqueId;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.TestTokens;
import io.qantar.events.testing.GraphQL;
import io.qantar.events.testing.NewEvents;
import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calling the service directly does not get around the gateway: writes need a token with the scope the schema
 * declares, a refused write writes nothing, a refused token gets a GraphQL 401, and reads stay open.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String EVENT = "query($id: ID!) { event(id: $id) { id retired } }";
    private static final String RETIRE = "mutation($id: ID!) { retireEvent(id: $id) { id retired } }";

    @Test
    void anAnonymousWriteIsUnauthenticatedAndWritesNothing() {
        String id = uniqueId("anonymous");
        GraphQL.postWith(null, NewEvents.CREATE, Map.of("input", input(id)))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
        GraphQL.post(EVENT, Map.of("id", id)).body("data.event", nullValue());
    }

    @Test
    void aReaderIsForbiddenAndAnEditorWithoutRetireCannotRetire() {
        String id = uniqueId("read-only");
        GraphQL.postWith(TestTokens.reader(), NewEvents.CREATE, Map.of("input", input(id)))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"));
        GraphQL.post(EVENT, Map.of("id", id)).body("data.event", nullValue());

        NewEvents.create(input(id));
        GraphQL.postWith(TestTokens.token("writer@example.org", TestTokens.EDIT), RETIRE, Map.of("id", id))
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("qantar:retire"));
        GraphQL.post(EVENT, Map.of("id", id)).body("data.event.retired", equalTo(false));
        GraphQL.post(RETIRE, Map.of("id", id)).body("errors", nullValue()).body("data.retireEvent.retired", equalTo(true));
    }

    @Test
    void readsStayOpenToAnonymousClients() {
        GraphQL.postWith(null, "{ timeline(first: 1) { totalCount } }", Map.of())
                .statusCode(200)
                .body("errors", nullValue());
    }

    @Test
    void everyRefusedTokenIsAGraphQL401AndWritesNothing() {
        TestTokens.refused().forEach((what, token) -> {
            String id = uniqueId("refused");
            String code = GraphQL.postWith(token, NewEvents.CREATE, Map.of("input", input(id)))
                    .statusCode(401)
                    .body("data", nullValue())
                    .extract().path("errors[0].extensions.code");
            assertEquals("UNAUTHENTICATED", code, what);
            GraphQL.post(EVENT, Map.of("id", id)).body("data.event", nullValue());
        });
    }
}
