package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.CREATE;
import static io.qantar.actors.GraphQLRequests.assertRefused;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.source;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasValue;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every error a client can cause carries {@code extensions.code} in Apollo's vocabulary, with only the
 * extensions that apply, and a message that says what to fix.
 */
@QuarkusTest
class ErrorCodesTest {

    private static final String ACTORS = "query($first: Int, $orderBy: ActorOrder) { actors(first: $first, orderBy: $orderBy) { totalCount } }";
    private static final String ACTOR = "query($id: ID!) { actor(id: $id) { id } }";
    private static final String ENTITIES = """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Actor { id } }
            }""";

    @Test
    void anErrorCarriesOnlyTheExtensionsThatApplyAndNoneIsNull() {
        Map<String, Object> badInput = extensionsOf(graphql(ACTORS, "first", 1000));
        Map<String, Object> notFound = extensionsOf(graphql("mutation { retireActor(id: \"no-such-actor\") { id } }"));

        assertEquals(Set.of("code", "field"), badInput.keySet());
        assertEquals(Set.of("code", "id"), notFound.keySet());
        assertThat(badInput, not(hasValue(nullValue())));
        assertThat(notFound, not(hasValue(nullValue())));
    }

    @Test
    void aDocumentThatDoesNotParseIsAParseFailureSayingWhere() {
        graphql("{ actors { totalCount }")
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("errors[0].locations[0].line", equalTo(1))
                .body("errors[0].message", not(equalTo("Unparseable input document")))
                .body("data", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{ actors { nope } }",
            "{ actors(orderBy: SIDEWAYS) { totalCount } }",
            "{ actors(first: \"ten\") { totalCount } }",
            "{ actor { id } }",
            "{ actors }"
    })
    void aDocumentThatDoesNotFitTheSchemaFailsValidation(String document) {
        graphql(document)
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("data", nullValue());
    }

    @Test
    void variablesThatDoNotCoerceAreBadUserInput() {
        badUserInput(graphql(ACTORS, "orderBy", "SIDEWAYS"));
        badUserInput(graphql(ACTORS, "first", "ten"))
                .body("errors[0].extensions.field", equalTo("first"))
                .body("errors[0].message", containsString("whole number"));
        badUserInput(graphql(ACTORS, "first", 2.5));
        badUserInput(graphql("query($id: ID!) { actor(id: $id) { id } }"));
    }

    @Test
    void aDateThatDoesNotParseIsBadUserInputNamingTheFieldAndTheFormat() {
        String id = uniqueId("dated");
        Map<String, Object> input = newActor(id, "PERSON", "Dated");
        input.put("offices", List.of(Map.of("title", "Adviser", "startedOn", "yesterday")));

        badDate(graphql(CREATE, "input", input), "input.offices[0].startedOn", "yesterday");
        badDate(graphql("mutation { createActor(input: {id: \"" + id + "\", kind: PERSON, name: \"Dated\","
                + " description: \"A test.\", sources: [{outlet: \"Test Wire\", publishedOn: \"2022-02-30\"}]}) { id } }"),
                "input.sources[0].publishedOn", "2022-02-30");
        graphql(ACTOR, "id", id).body("data.actor", nullValue());
    }

    @Test
    void aRealDateInTheSameShapeIsAccepted() {
        String id = uniqueId("leap");
        Map<String, Object> input = newActor(id, "PERSON", "Leap");
        Map<String, Object> source = new HashMap<>(source());
        source.put("publishedOn", "2020-02-29");
        input.put("sources", List.of(source));

        graphql(CREATE, "input", input).body("errors", nullValue()).body("data.createActor.id", equalTo(id));
    }

    @Test
    void aRepresentationThatIsNotAnActorKeyIsBadUserInputNamingIt() {
        badRepresentation(Map.of("__typename", "Actor"), "");
        badRepresentation(Map.of("__typename", "Actor", "id", 5), ".id");
        badRepresentation(Map.of("__typename", "Actor", "id", "russia", "name", "Russia"), "");
        badRepresentation(Map.of("__typename", "Event", "id", "russia"), ".__typename");
        badRepresentation(Map.of("id", "russia"), ".__typename");
        badRepresentation("russia", "");
    }

    @Test
    void anOperationNameThatNamesNoOperationIsAResolutionFailure() {
        post(Map.of("query", "query Named { actors { totalCount } }", "operationName", "Other"))
                .body("errors[0].extensions.code", equalTo("OPERATION_RESOLUTION_FAILURE"))
                .body("data", nullValue());
    }

    @Test
    void aRequestWithoutADocumentIsABadRequest() {
        post(Map.of("variables", Map.of()))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("data", nullValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"not json", "{\"query\": \"{ actors { totalCount } }\"", "[{\"query\": \"{ __typename }\"}]", "\"{ __typename }\"", "{} {}", ""})
    void aJsonBodyThatIsNotOneJsonObjectIsABadRequestWithStatus400(String body) {
        given().contentType(ContentType.JSON).accept("application/graphql-response+json").body(body).post("/graphql")
                .then().statusCode(400)
                .contentType(containsString("application/graphql-response+json"))
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("not a GraphQL request"))
                .body("data", nullValue());
    }

    @Test
    void aMalformedBodyIsToldWhereItBreaks() {
        given().contentType(ContentType.JSON).body("{\"query\": \"{ __typename }\",\n \"variables\": {oops}}").post("/graphql")
                .then().statusCode(400)
                .contentType(containsString("application/json"))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("line 2"));
    }

    @Test
    void aWellFormedBodyWithWhitespaceAroundItIsAnswered() {
        given().contentType("application/json; charset=utf-8").body("\n  {\"query\": \"{ actors { totalCount } }\"}  \n").post("/graphql")
                .then().statusCode(200)
                .body("errors", nullValue())
                .body("data.actors.totalCount", greaterThan(0));
    }

    private static ValidatableResponse badUserInput(ValidatableResponse response) {
        return response
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"))
                .body("data", nullValue());
    }

    private static void badDate(ValidatableResponse response, String field, String value) {
        assertRefused(response, "BAD_USER_INPUT", "field", field)
                .body("errors[0].message", containsString(field))
                .body("errors[0].message", containsString("YYYY-MM-DD"))
                .body("errors[0].message", containsString(value));
    }

    /** Sends the representation second, after a good one, so the error must say which one it is. */
    private static void badRepresentation(Object representation, String fieldWithin) {
        ValidatableResponse response = graphql(ENTITIES, "representations",
                List.of(Map.of("__typename", "Actor", "id", "russia"), representation));
        assertRefused(response, "BAD_USER_INPUT", "field", "representations[1]" + fieldWithin)
                .body("errors[0].message", containsString("representations[1]"));
    }

    private static Map<String, Object> extensionsOf(ValidatableResponse response) {
        return response.body("errors.size()", equalTo(1)).extract().path("errors[0].extensions");
    }

    private static ValidatableResponse post(Map<String, Object> body) {
        return given().contentType(ContentType.JSON).header("Authorization", "Bearer " + TestTokens.editor())
                .body(body).post("/graphql").then().statusCode(200);
    }
}
