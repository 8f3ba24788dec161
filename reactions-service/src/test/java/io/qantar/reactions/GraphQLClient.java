package io.qantar.reactions;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.Map;

/** Posts operations to this service's /graphql endpoint, as a client of the graph would. */
public final class GraphQLClient {

    private GraphQLClient() {
    }

    public static JsonPath execute(String query) {
        return execute(query, Map.of());
    }

    /** The whole response; GraphQL answers HTTP 200 for errors too, which is checked here. */
    public static JsonPath execute(String query, Map<String, ?> variables) {
        Map<String, Object> body = new HashMap<>();
        body.put("query", query);
        body.put("variables", variables);
        return given()
                .contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/graphql")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
    }
}
