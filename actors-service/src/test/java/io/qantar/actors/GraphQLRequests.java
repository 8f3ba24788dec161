package io.qantar.actors;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import io.qantar.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.restassured.response.ValidatableResponse;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Sends GraphQL operations to the running service the way a client does, over HTTP. */
public final class GraphQLRequests {

    private GraphQLRequests() {
    }

    /** Posts an operation as an editor (a token granting every write scope); variables come as name, value pairs. */
    public static ValidatableResponse graphql(String document, Object... variables) {
        return graphqlWith(TestTokens.editor(), document, variables).statusCode(200);
    }

    /** Posts an operation with {@code token} as its bearer token, or none when it is null; the status is the caller's to check. */
    public static ValidatableResponse graphqlWith(String token, String document, Object... variables) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < variables.length; i += 2) {
            values.put((String) variables[i], variables[i + 1]);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("query", document);
        body.put("variables", values);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.post("/graphql").then();
    }

    /** Asserts the single error of a refused operation: its code and one of its extensions, and no data. */
    public static ValidatableResponse assertRefused(ValidatableResponse response, String code, String extension, String value) {
        return response
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo(code))
                .body("errors[0].extensions." + extension, equalTo(value))
                .body("data", nullValue());
    }

    /** A fresh id, so that tests never meet each other's records, even on a database that outlives the run. */
    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    /** The source every test record cites. */
    public static Map<String, Object> source() {
        return Map.of("outlet", "Test Wire", "title", "A report", "publishedOn", "2022-01-07");
    }

    /** A minimal valid createActor input; callers add or override fields. */
    public static Map<String, Object> newActor(String id, String kind, String name) {
        Map<String, Object> input = new HashMap<>();
        input.put("id", id);
        input.put("kind", kind);
        input.put("name", name);
        input.put("description", "Created by a test.");
        input.put("sources", List.of(source()));
        return input;
    }

    public static final String CREATE = """
            mutation($input: CreateActorInput!) {
              createActor(input: $input) { id kind name country version retired }
            }""";

    public static final String UPDATE = """
            mutation($id: ID!, $input: UpdateActorInput!) {
              updateActor(id: $id, input: $input) { id kind name description country version retired }
            }""";

    public static void create(Map<String, Object> input) {
        graphql(CREATE, "input", input).body("errors", nullValue());
    }
}
