package io.qantar.reactions;

import static io.restassured.RestAssured.given;

import io.qantar.common.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;

/** Posts operations to this service's /graphql endpoint, as a client of the graph would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static JsonPath execute(String query) {
        return execute(query, Map.of());
    }

    /**
     * The whole response of the operation sent as an editor (a token granting every write scope); GraphQL answers
     * HTTP 200 for errors too, which is checked here.
     */
    public static JsonPath execute(String query, Map<String, ?> variables) {
        return send(TestTokens.editor(), query, variables).statusCode(200).extract().jsonPath();
    }

    /** Sends with {@code token} as the bearer token, or none when it is null; the status is the caller's to check. */
    public static ValidatableResponse send(String token, String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        RequestSpecification request = given().contentType(ContentType.JSON).body(body);
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return request.when().post("/graphql").then();
    }
}
