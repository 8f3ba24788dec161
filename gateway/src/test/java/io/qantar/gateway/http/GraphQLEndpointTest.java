package io.qantar.gateway.http;

import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.RecordedRequest;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@QuarkusTest
@QuarkusTestResource(value = ShopGatewayResource.class, restrictToAnnotatedClass = true)
class GraphQLEndpointTest {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    @Test
    void postAnswersAcrossSubgraphs() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "query Top($first: Int) { products(first: $first) { name inStock } }",
                        "variables", Map.of("first", 2), "operationName", "Top"))
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith(GRAPHQL_RESPONSE))
                .body("data.products.name", equalTo(List.of("Product 1", "Product 2")))
                .body("data.products.inStock", equalTo(List.of(true, false)))
                .body("errors", nullValue());
    }

    @Test
    void getRunsQueries() {
        given().accept(ContentType.JSON).header("apollo-require-preflight", "true")
                .queryParam("query", "query($upc: String!) { product(upc: $upc) { name } }")
                .queryParam("variables", "{\"upc\":\"p2\"}")
                .get("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("data.product.name", equalTo("Product 2"));
    }

    @Test
    void aBodyOverTheLimitIsRefusedWith413AndACode() {
        // The default limit is 2 MiB; a 3 MB document is refused before it is parsed, and the endpoint keeps serving.
        String huge = "{ products { name } }" + " ".repeat(3_000_000);
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", huge))
                .post("/graphql")
                .then().statusCode(413)
                .body("errors[0].extensions.code", equalTo("PAYLOAD_TOO_LARGE"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ products(first: 1) { name } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("data.products.name", equalTo(List.of("Product 1")));
    }

    @Test
    void getRefusesMutations() {
        given().accept(GRAPHQL_RESPONSE).header("x-apollo-operation-name", "Create")
                .queryParam("query", "mutation { createProduct(upc: \"x\", name: \"X\", price: 1) { upc } }")
                .get("/graphql")
                .then().statusCode(405)
                .header("Allow", "POST");
    }

    @Test
    void requestErrorsAre400WithGraphQLResponseAnd200WithJson() {
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ products { name "))
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_PARSE_FAILED"))
                .body("data", nullValue());
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "{ products { internalCode } }"))
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ nope }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", "query($upc: String!) { product(upc: $upc) { name } }"))
                .post("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_USER_INPUT"));
    }

    @Test
    void anyTypeOrNoAcceptHeaderGetsJson() {
        for (String accept : List.of("*/*", "application/*", "")) {
            given().contentType(ContentType.JSON).header("Accept", accept)
                    .body(Map.of("query", "{ topProduct { name } }"))
                    .post("/graphql")
                    .then().statusCode(200)
                    .contentType(startsWith("application/json"))
                    .body("data.topProduct.name", equalTo("Product 1"));
        }
        given().contentType(ContentType.JSON).header("Accept", "*/*")
                .body(Map.of("query", "{ nope }"))
                .post("/graphql")
                .then().statusCode(200)
                .contentType(startsWith("application/json"))
                .body("errors[0].extensions.code", equalTo("GRAPHQL_VALIDATION_FAILED"));
    }

    @Test
    void malformedHttpRequestsAreRefused() {
        given().contentType(ContentType.JSON).body("{not json").post("/graphql").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("variables", Map.of())).post("/graphql")
                .then().statusCode(400);
        given().contentType(ContentType.TEXT).header("apollo-require-preflight", "true")
                .body("{ products { name } }").post("/graphql")
                .then().statusCode(415);
        given().contentType(ContentType.JSON).accept("text/html").body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql").then().statusCode(406);
        given().put("/graphql").then().statusCode(405);
    }

    @Test
    void simpleRequestsWithoutAPreflightHeaderAreRefusedAsCsrf() throws Exception {
        // A page on another site can make a browser send these without asking: GET, and POST as text/plain,
        // a form or without a content type.
        given().accept(GRAPHQL_RESPONSE).queryParam("query", "{ topProduct { name } }").get("/graphql")
                .then().statusCode(400)
                .body("errors[0].extensions.code", equalTo("BAD_REQUEST"))
                .body("errors[0].message", containsString("Cross-Site Request Forgery"));
        for (String contentType : List.of("text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x", "text/plain; charset=utf-8")) {
            HttpResponse<String> response = rawPost(contentType,
                    "{\"query\":\"mutation { createProduct(upc: \\\"csrf\\\", name: \\\"X\\\", price: 1) { upc } }\"}");
            assertEquals(400, response.statusCode(), contentType);
            assertTrue(response.body().contains("CSRF"), response.body());
        }
        // An empty value does not count.
        given().accept(GRAPHQL_RESPONSE).header("apollo-require-preflight", "")
                .queryParam("query", "{ topProduct { name } }").get("/graphql")
                .then().statusCode(400);
        // A header a browser would have to ask for lets a GET through.
        given().accept(GRAPHQL_RESPONSE).header("x-apollo-operation-name", "Top")
                .queryParam("query", "query Top { topProduct { name } }").get("/graphql")
                .then().statusCode(200)
                .body("data.topProduct.name", equalTo("Product 1"));
        assertTrue(ShopGatewayResource.shop.products.requests().stream()
                .noneMatch(r -> r.query().contains("csrf")), "no refused mutation reached a subgraph");
    }

    /** A POST as a browser's form or text/plain request sends it (rest-assured would re-encode the body). */
    private static HttpResponse<String> rawPost(String contentType, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + RestAssured.port + "/graphql"))
                .header("Content-Type", contentType).header("Accept", GRAPHQL_RESPONSE)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void planHeaderPutsThePlanIntoExtensions() {
        given().contentType(ContentType.JSON).header("Apollo-Query-Plan-Experimental", "1")
                .body(Map.of("query", "{ topProduct { name inStock } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("data.topProduct.name", equalTo("Product 1"))
                .body("extensions.__queryPlanExperimental", containsString("Fetch(service: \"inventory\")"));
        given().contentType(ContentType.JSON).header("X-Qantar-Query-Plan", "1")
                .body(Map.of("query", "{ topProduct { name } }"))
                .post("/graphql")
                .then().statusCode(200)
                .body("extensions.__queryPlanExperimental", startsWith("QueryPlan {"));
    }

    @Test
    void configuredHeadersReachTheSubgraphs() {
        FakeSubgraph products = ShopGatewayResource.shop.products;
        products.clear();
        given().contentType(ContentType.JSON).header("X-Request-Id", "abc").header("X-Secret", "no")
                .body(Map.of("query", "{ topProduct { upc } }"))
                .post("/graphql")
                .then().statusCode(200);
        RecordedRequest request = products.requests().get(0);
        assertEquals("abc", request.headers().get("x-request-id"));
        assertTrue(!request.headers().containsKey("x-secret"));
    }

    @Test
    void readyOnceTheSupergraphIsLoaded() {
        given().get("/q/health/ready").then().statusCode(200)
                .body("checks.name", hasItem("supergraph"))
                .body("status", equalTo("UP"));
    }

    @Test
    void aBrokenSupergraphIsRefusedAndAGoodChangeIsServed() throws Exception {
        String original = Files.readString(ShopGatewayResource.supergraphFile);
        try {
            Files.writeString(ShopGatewayResource.supergraphFile, "this is not a supergraph {");
            Thread.sleep(1000);
            given().contentType(ContentType.JSON).body(Map.of("query", "{ topProduct { name } }"))
                    .post("/graphql").then().statusCode(200).body("data.topProduct.name", equalTo("Product 1"));

            Files.writeString(ShopGatewayResource.supergraphFile, original.replace(
                    "  topProduct: Product! @join__field(graph: PRODUCTS)\n", ""));
            long deadline = System.currentTimeMillis() + 10_000;
            int status = 0;
            while (System.currentTimeMillis() < deadline && status != 400) {
                Thread.sleep(200);
                status = given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                        .body(Map.of("query", "{ topProduct { name } }")).post("/graphql").statusCode();
            }
            assertEquals(400, status, "the reloaded supergraph no longer has Query.topProduct");
        } finally {
            // The other tests need the original schema back: wait until it answers again (with JSON a
            // validation error is also a 200, so the answer itself is what tells).
            Files.writeString(ShopGatewayResource.supergraphFile, original);
            long deadline = System.currentTimeMillis() + 10_000;
            while (System.currentTimeMillis() < deadline && !"Product 1".equals(given().contentType(ContentType.JSON)
                    .body(Map.of("query", "{ topProduct { name } }")).post("/graphql").jsonPath().getString("data.topProduct.name"))) {
                Thread.sleep(200);
            }
        }
    }

    @Test
    void refusesAnOperationOverTheCostLimitFastAndWithoutCallingASubgraph() {
        for (FakeSubgraph subgraph : ShopGatewayResource.shop.all()) {
            subgraph.clear();
        }
        String query = "{ products(first: 100) { reviews { author { reviews { product { reviews { author { reviews { "
                + "product { name } } } } } } } } } }";
        long started = System.nanoTime();

        given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                .body(Map.of("query", query))
                .post("/graphql")
                .then().statusCode(400)
                .body("data", nullValue())
                .body("errors[0].extensions.code", equalTo("COST_ESTIMATED_TOO_EXPENSIVE"))
                .body("errors[0].message", containsString("(max-cost)"));

        long millis = (System.nanoTime() - started) / 1_000_000;
        assertTrue(millis < 2000, "refused in " + millis + " ms");
        for (FakeSubgraph subgraph : ShopGatewayResource.shop.all()) {
            assertEquals(List.of(), subgraph.requests(), subgraph.name() + " was called");
        }
    }

    @Test
    void answersTheSameNewDocumentPreparedOnAWorkerThenFromTheCache() {
        String query = "query Fresh { products(first: 1) { name } }";
        for (int i = 0; i < 2; i++) {
            given().contentType(ContentType.JSON).accept(GRAPHQL_RESPONSE)
                    .body(Map.of("query", query))
                    .post("/graphql")
                    .then().statusCode(200)
                    .body("data.products.name", equalTo(List.of("Product 1")));
        }
    }
}
