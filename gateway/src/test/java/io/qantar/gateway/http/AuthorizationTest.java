package io.qantar.gateway.http;

import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.TestTokens;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Through HTTP, the gateway enforces the supergraph's authorization directives before calling any subgraph, and
 * shows introspection, the query plan and GraphiQL only as configured (see {@link AuthGatewayResource}).
 */
@QuarkusTest
@QuarkusTestResource(value = AuthGatewayResource.class, restrictToAnnotatedClass = true)
class AuthorizationTest {

    @BeforeEach
    void clear() {
        ShopGatewayResource.shop.clearRequests();
    }

    private static RequestSpecification as(String scopes) {
        RequestSpecification request = given().contentType(ContentType.JSON)
                .accept("application/graphql-response+json");
        return scopes == null ? request
                : request.header("Authorization", "Bearer " + TestTokens.published().token("someone", scopes));
    }

    @Test
    void anAnonymousReaderGetsTheRestAndOneErrorPerUnauthorizedField() {
        as(null).body(Map.of("query", "{ topProduct { name shippingEstimate } }")).post("/graphql")
                .then().statusCode(200)
                .body("data.topProduct.name", equalTo("Product 1"))
                .body("data.topProduct", not(hasKey("shippingEstimate")))
                .body("errors.size()", equalTo(1))
                .body("errors[0].message", equalTo("Unauthorized field or type"))
                .body("errors[0].path", equalTo(List.of("topProduct", "shippingEstimate")))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED_FIELD_OR_TYPE"));
        assertEquals(0, ShopGatewayResource.shop.inventory.requests().size(),
                "the subgraph serving only the removed field is not called");
    }

    @Test
    void aCallerWithTheScopeGetsTheFieldAndTheTokenIsForwarded() {
        as("shop:ship").body(Map.of("query", "{ topProduct { name shippingEstimate } }")).post("/graphql")
                .then().statusCode(200)
                .body("data.topProduct.shippingEstimate", equalTo(5))
                .body("errors", nullValue());
        assertEquals(1, ShopGatewayResource.shop.inventory.requests().size());
    }

    @Test
    void anAnonymousMutationIsAnsweredByTheGatewayAlone() {
        as(null).body(Map.of("query", "mutation { createProduct(upc: \"evil\", name: \"<script>\", price: 1) { upc } }"))
                .post("/graphql").then().statusCode(200)
                .body("data", nullValue())
                .body("errors[0].path", equalTo(List.of("createProduct")))
                .body("errors[0].extensions.code", equalTo("UNAUTHORIZED_FIELD_OR_TYPE"));
        for (FakeSubgraph subgraph : ShopGatewayResource.shop.all()) {
            assertEquals(0, subgraph.requests().size(), subgraph.name());
        }
    }

    @Test
    void introspectionIsRefusedUnlessTheTokenHoldsTheConfiguredScope() {
        for (String query : List.of("{ __schema { queryType { name } } }", "{ __type(name: \"Product\") { name } }",
                "{ ...F } fragment F on Query { __schema { types { name } } }")) {
            as(null).body(Map.of("query", query)).post("/graphql").then().statusCode(400)
                    .body("data", nullValue())
                    .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
            as("shop:ship").body(Map.of("query", query)).post("/graphql").then().statusCode(400)
                    .body("errors[0].extensions.code", equalTo("INTROSPECTION_DISABLED"));
            as("shop:admin").body(Map.of("query", query)).post("/graphql").then().statusCode(200)
                    .body("errors", nullValue());
        }
        as(null).body(Map.of("query", "{ __typename topProduct { __typename name } }")).post("/graphql")
                .then().statusCode(200)
                .body("data.__typename", equalTo("Query"))
                .body("data.topProduct.__typename", equalTo("Product"));
    }

    @Test
    void theQueryPlanIsShownOnlyToTheConfiguredScope() {
        as(null).header("Apollo-Query-Plan-Experimental", "1").body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql").then().statusCode(200)
                .body("data.topProduct.name", equalTo("Product 1"))
                .body("extensions", nullValue());
        as("shop:admin").header("Apollo-Query-Plan-Experimental", "1").body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql").then().statusCode(200)
                .body("extensions.__queryPlanExperimental", notNullValue());
    }

    @Test
    void graphiqlIsNotServedWhenOff() {
        given().redirects().follow(false).get("/graphiql").then().statusCode(404);
        given().get("/graphiql/").then().statusCode(404);
    }
}
