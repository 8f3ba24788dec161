package io.qantar.events.testing;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import io.qantar.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Posts GraphQL operations to the running service, as a client would. */
public final class GraphQL {

    private GraphQL() {
    }

    public static ValidatableResponse post(String query) {
        return post(query, Map.of());
    }

    /** Posts as an editor, with a token granting every write scope. */
    public static ValidatableResponse post(String query, Map<String, Object> variables) {
        return postWith(TestTokens.editor(), query, variables).statusCode(200);
    }

    /** Posts with {@code token} as the bearer token, or none when it is null; the status is the caller's to check. */
    public static ValidatableResponse postWith(String token, String query, Map<String, Object> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then();
    }

    /** The data of an operation that must succeed without errors. */
    public static JsonPath data(String query, Map<String, Object> variables) {
        return post(query, variables).body("errors", nullValue()).extract().jsonPath().setRootPath("data");
    }

    public static JsonPath data(String query) {
        return data(query, Map.of());
    }

    /** The first error of an operation that must fail. */
    public static JsonPath firstError(String query, Map<String, Object> variables) {
        return post(query, variables).body("errors", notNullValue()).extract().jsonPath().setRootPath("errors[0]");
    }
}
