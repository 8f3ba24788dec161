package io.qantar.gateway.http;

import io.qantar.gateway.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

@QuarkusTest
@QuarkusTestResource(value = AuthGatewayResource.class, restrictToAnnotatedClass = true)
class AuthenticationTest {

    @Test
    void anonymousReadsAreServed() {
        given().contentType(ContentType.JSON).body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.topProduct.name", equalTo("Product 1"));
    }

    @Test
    void aValidTokenIsAcceptedAndForwarded() {
        String token = TestTokens.published().token("editor@example.org", "qantar:edit");
        ShopGatewayResource.shop.products.clear();
        given().contentType(ContentType.JSON).header("Authorization", "Bearer " + token)
                .body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.topProduct.name", equalTo("Product 1"));
        assertEquals("Bearer " + token,
                ShopGatewayResource.shop.products.requests().get(0).headers().get("authorization"));
    }

    @Test
    void badTokensAre401UnauthenticatedForBothMediaTypesAndReachNoSubgraph() {
        ShopGatewayResource.shop.products.clear();
        for (String accept : new String[]{"application/graphql-response+json", "application/json"}) {
            for (String token : new String[]{new TestTokens().token("x", "qantar:edit"),
                    TestTokens.unsigned("x", "qantar:edit"), "garbage"}) {
                given().contentType(ContentType.JSON).accept(accept).header("Authorization", "Bearer " + token)
                        .body(Map.of("query", "{ topProduct { name } }"))
                        .post("/graphql").then().statusCode(401)
                        .body("errors[0].extensions.code", equalTo("UNAUTHENTICATED"))
                        .body("data", nullValue());
            }
        }
        assertEquals(0, ShopGatewayResource.shop.products.requests().size());
    }
}
