package io.qantar.gateway.http;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsStringIgnoringCase;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.nullValue;

/** The test profile allows https://editor.example.org and localhost origins, as a deployment would list its own. */
@QuarkusTest
@QuarkusTestResource(value = ShopGatewayResource.class, restrictToAnnotatedClass = true)
class CorsTest {

    @Test
    void preflightFromAnAllowedOriginIsAnswered() {
        for (String origin : new String[]{"https://editor.example.org", "http://localhost:5173",
                "http://127.0.0.1:3000"}) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type,authorization")
                    .options("/graphql")
                    .then().statusCode(anyOf(is(200), is(204)))
                    .header("Access-Control-Allow-Origin", equalTo(origin))
                    .header("Access-Control-Allow-Methods", containsStringIgnoringCase("POST"))
                    .header("Access-Control-Allow-Headers", containsStringIgnoringCase("authorization"));
        }
    }

    @Test
    void disallowedOriginGetsNoAllowOrigin() {
        for (String origin : new String[]{"https://evil.example.com", "http://localhost.evil.example.com",
                "https://editor.example.org.evil.com"}) {
            given().header("Origin", origin)
                    .header("Access-Control-Request-Method", "POST")
                    .options("/graphql")
                    .then().header("Access-Control-Allow-Origin", nullValue());
        }
    }

    @Test
    void anAllowedOriginReadsTheAnswer() {
        given().header("Origin", "https://editor.example.org").contentType(ContentType.JSON)
                .body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql")
                .then().statusCode(200)
                .header("Access-Control-Allow-Origin", equalTo("https://editor.example.org"))
                .body("data.topProduct.name", equalTo("Product 1"));
    }
}
