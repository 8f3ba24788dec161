package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.CREATE;
import static io.qantar.actors.GraphQLRequests.assertRefused;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.config.EncoderConfig;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What actors-service refuses by itself, whoever calls it: cross-site simple requests, oversized bodies,
 * malformed request members, deep or costly operations, long lists and control characters; and what it
 * keeps exactly, stored HTML.
 */
@QuarkusTest
class SelfProtectionTest {

    private static final String ACTOR = "query($id: ID!) { actor(id: $id) { id name } }";

    @ParameterizedTest
    @ValueSource(strings = {"text/plain", "text/plain; charset=utf-8", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x"})
    void aMutationSentAsACrossSiteSimplePostIsRefusedAndWritesNothing(String contentType) {
        String id = uniqueId("csrf");
        String body = "{\"query\": \"mutation { createActor(input: {id: \\\"" + id + "\\\", kind: PERSON, name: \\\"Forged\\\","
                + " description: \\\"x\\\", sources: [{outlet: \\\"x\\\", publishedOn: \\\"2022-01-07\\\"}]}) { id } }\"}";

        // Sent as raw text, as a browser's form or fetch would, whatever the content type says.
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(contentType.split(";")[0], ContentType.TEXT)))
                .contentType(contentType).body(body).post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("apollo-require-preflight"));

        graphql(ACTOR, "id", id).body("errors", nullValue()).body("data.actor", nullValue());
    }

    @Test
    void aGetWithoutAPreflightHeaderIsRefused() {
        given().queryParam("query", "{ actors { totalCount } }").get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"));
    }

    @Test
    void aSimplePostCarryingAPreflightHeaderIsLetThrough() {
        given().contentType("text/plain").header("apollo-require-preflight", "true")
                .body("{\"query\": \"{ actors { totalCount } }\"}").post("/graphql")
                .then().statusCode(not(equalTo(400)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"application/octet-stream", "application/xml", "application/json; charset=utf-16"})
    void aPostThatIsNotUtf8JsonIs415WithACodedError(String contentType) {
        given().config(RestAssured.config().encoderConfig(EncoderConfig.encoderConfig()
                        .encodeContentTypeAs(contentType.split(";")[0], ContentType.TEXT)))
                .contentType(contentType).header("apollo-require-preflight", "true")
                .body("{\"query\": \"{ actors { totalCount } }\"}").post("/graphql")
                .then().statusCode(415)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions", not(hasKey("classification")));
    }

    @Test
    void aBodyOverTheLimitIs413WithACodedError() {
        String huge = "{\"query\": \"{ actors { totalCount } }\", \"variables\": {\"pad\": \""
                + "x".repeat(3 * 1024 * 1024) + "\"}}";

        given().contentType(ContentType.JSON).body(huge).post("/graphql")
                .then().statusCode(413)
                .contentType(containsString("json"))
                .body("errors[0].extensions.code", equalTo("PAYLOAD_TOO_LARGE"));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"query\": \"{ actors { totalCount } }\", \"variables\": \"{}\"}",
        "{\"query\": \"{ actors { totalCount } }\", \"variables\": [1, 2]}",
        "{\"query\": \"{ actors { totalCount } }\", \"operationName\": 7}",
        "{\"query\": {\"a\": 1}}",
        "{\"query\": \"{ actors { totalCount } }\", \"extensions\": \"x\"}"})
    void aRequestMemberOfTheWrongTypeIsABadRequestNotAServerError(String body) {
        given().contentType(ContentType.JSON).body(body).post("/graphql")
                .then().statusCode(400)
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", not(containsString("java")))
                .body("errors[0].message", not(containsString("Exception")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"c0af" /* an overlong slash */, "eda080" /* an encoded surrogate */, "c328", "80"})
    void aBodyThatIsNotWellFormedUtf8IsABadRequest(String hex) {
        byte[] head = "{\"query\": \"# ".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "\\n{ actors { totalCount } }\"}".getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + hex.length() / 2 + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        for (int i = 0; i < hex.length(); i += 2) {
            body[head.length + i / 2] = (byte) Integer.parseInt(hex.substring(i, i + 2), 16);
        }
        System.arraycopy(tail, 0, body, head.length + hex.length() / 2, tail.length);

        given().contentType(ContentType.JSON).body(body).post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("not well-formed UTF-8"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{\"variables\": {}}", "{\"query\": null}", "{\"query\": \"\"}"})
    void aRequestWithoutADocumentIsABadRequestWithoutClassification(String body) {
        given().contentType(ContentType.JSON).body(body).post("/graphql")
                .then().statusCode(lessThan(500))
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].extensions", not(hasKey("classification")));
    }

    @Test
    void aRingOfAThousandFragmentsIsRefusedAsInvalidNotAServerError() {
        StringBuilder ring = new StringBuilder("{ ...F0 }");
        for (int i = 0; i < 1000; i++) {
            ring.append(" fragment F").append(i).append(" on Query { ...F").append((i + 1) % 1000).append(" }");
        }

        graphql(ring.toString())
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"))
                .body("errors[0].message", containsString("must not form cycles"));
    }

    @Test
    void anObjectOrAListSentAsAnIdIsBadUserInput() {
        assertRefused(graphql(ACTOR, "id", Map.of("a", 1)), "BAD_USER_INPUT", "field", "id")
                .body("data", nullValue());
        assertRefused(graphql(ACTOR, "id", List.of("kassym-jomart-tokayev")), "BAD_USER_INPUT", "field", "id");
        graphql(ACTOR, "id", "kassym-jomart-tokayev").body("errors", nullValue())
                .body("data.actor.id", equalTo("kassym-jomart-tokayev"));
    }

    @Test
    void anOperationNestedDeeperThanTheLimitIsRefusedWithMaxDepthLimit() {
        String deep = "{ actor(id: \"kassym-jomart-tokayev\") { " + "memberships { organisation { ".repeat(10)
                + "id" + " } }".repeat(10) + " } }";

        graphql(deep)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("MAX_DEPTH_LIMIT"))
                .body("errors[0].extensions", not(org.hamcrest.Matchers.hasKey("classification")));
    }

    @Test
    void listsNestedInPagesAreRefusedForTheirEstimatedCost() {
        String costly = "{ actors(first: 100) { edges { node { memberships { organisation { members { member {"
                + " memberships { organisation { members { member { id } } } } } } } } } } } }";

        graphql(costly)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("COST_ESTIMATED_TOO_EXPENSIVE"));
    }

    @Test
    void aListArgumentOfMoreThanAThousandItemsIsBadUserInput() {
        List<Map<String, Object>> representations = Collections.nCopies(1001,
                Map.of("__typename", "Actor", "id", "kassym-jomart-tokayev"));

        assertRefused(graphql("query($r: [_Any!]!) { _entities(representations: $r) { ... on Actor { id } } }",
                "r", representations), "BAD_USER_INPUT", "field", "representations");
    }

    @ParameterizedTest
    @ValueSource(strings = {"\u0000", "\u0007", "\u007F", "\u202E", "\u2066", "\u001B", "\uD800", "\uDC00x"})
    void textWithAControlCharacterIsRefusedNamingTheField(String control) {
        Map<String, Object> input = newActor(uniqueId("ctl"), "PERSON", "Bad" + control + "Name");

        ValidatableResponse refused = graphql(CREATE, "input", input);

        assertRefused(refused, "BAD_USER_INPUT", "field", "input.name");
        graphql(ACTOR, "id", input.get("id")).body("data.actor", nullValue());
    }

    @Test
    void storedHtmlComesBackExactlyAsSent() {
        String id = uniqueId("html");
        String html = "<script>alert(1)</script> & \"quotes\"\ttab\nline";
        graphql(CREATE, "input", newActor(id, "PERSON", html)).body("errors", nullValue());

        graphql(ACTOR, "id", id).body("data.actor.name", equalTo(html));
    }
}
