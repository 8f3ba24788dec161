package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.CREATE;
import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.graphqlWith;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Calling the service directly does not get around the gateway: writes need a token with the scope the schema
 * declares, a refused write writes nothing, a refused token gets a GraphQL 401, and reads stay open.
 */
@QuarkusTest
class AuthorizationTest {

    private static final String ACTOR = "query($id: ID!) { actor(id: $id) { id name retired } }";
    private static final String RETIRE = "mutation($id: ID!) { retireActor(id: $id) { id retired } }";

    @Test
    void anAnonymousWriteIsUnauthenticatedAndWritesNothing() {
        String id = uniqueId("anonymous");
        graphqlWith(null, CREATE, "input", newActor(id, "PERSON", "Nobody"))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                .body("errors[0].path[0]", equalTo("createActor"));
        graphql(ACTOR, "id", id).body("data.actor", nullValue());
    }

    @Test
    void aReaderIsForbiddenToWriteOrRetire() {
        String id = uniqueId("read-only");
        graphqlWith(TestTokens.reader(), CREATE, "input", newActor(id, "PERSON", "Reader"))
                .statusCode(200)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("qantar:edit"));
        graphql(ACTOR, "id", id).body("data.actor", nullValue());

        create(newActor(id, "PERSON", "Kept"));
        graphqlWith(TestTokens.token("writer@example.org", TestTokens.EDIT), RETIRE, "id", id)
                .body("errors[0].extensions.code", equalTo("FORBIDDEN"))
                .body("errors[0].message", containsString("qantar:retire"));
        graphql(ACTOR, "id", id).body("data.actor.retired", equalTo(false));
    }

    @Test
    void anEditorWritesAndRetires() {
        String id = uniqueId("edited");
        graphql(CREATE, "input", newActor(id, "PERSON", "Edited")).body("errors", nullValue())
                .body("data.createActor.id", equalTo(id));
        graphql(RETIRE, "id", id).body("errors", nullValue()).body("data.retireActor.retired", equalTo(true));
    }

    @Test
    void readsStayOpenToAnonymousClients() {
        graphqlWith(null, ACTOR, "id", "russia").statusCode(200)
                .body("errors", nullValue())
                .body("data.actor.id", equalTo("russia"));
    }

    @Test
    void everyRefusedTokenIsAGraphQL401AndWritesNothing() {
        TestTokens.refused().forEach((what, token) -> {
            String id = uniqueId("refused");
            String code = graphqlWith(token, CREATE, "input", newActor(id, "PERSON", "Refused"))
                    .statusCode(401)
                    .header("WWW-Authenticate", containsString("Bearer"))
                    .contentType(ContentType.JSON)
                    .body("data", nullValue())
                    .extract().path("errors[0].extensions.code");
            assertEquals("UNAUTHENTICATED", code, what);
            graphql(ACTOR, "id", id).body("data.actor", nullValue());
        });
    }

    @Test
    void aRefusedTokenIsRefusedOnReadsToo() {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json")
                .header("Authorization", "Bearer " + TestTokens.refused().get("expired"))
                .body(Map.of("query", "{ __typename }")).post("/graphql")
                .then().statusCode(401)
                .contentType(containsString("application/graphql-response+json"))
                .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"));
    }
}
