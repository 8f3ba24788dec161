package io.qantar.gateway.http;

import io.qantar.gateway.testing.FakeSubgraph;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a client sees while a subgraph fails, and what the gateway does when a client gives up. */
@QuarkusTest
@QuarkusTestResource(value = FaultsGatewayResource.class, restrictToAnnotatedClass = true)
class SubgraphFaultsTest {

    @Test
    void aClientThatHangsUpCancelsItsSubgraphCall() throws Exception {
        FakeSubgraph inventory = ShopGatewayResource.shop.inventory;
        inventory.behave(FakeSubgraph.Behaviour.SLOW);
        try {
            int received = inventory.receivedCount();
            int aborted = inventory.abortedCount();
            String body = "{\"query\":\"{ topProduct { name shippingEstimate } }\"}";
            try (Socket socket = new Socket("127.0.0.1", RestAssured.port)) {
                OutputStream out = socket.getOutputStream();
                out.write(("POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                        + "Accept: application/json\r\nContent-Length: " + body.length() + "\r\n\r\n" + body)
                        .getBytes(StandardCharsets.UTF_8));
                out.flush();
                assertTrue(eventually(5_000, () -> inventory.receivedCount() > received),
                        "the gateway calls the stalled subgraph");
                assertEquals(aborted, inventory.abortedCount());
            }
            // The subgraph timeout is 60 s: only the client's leaving can end the call this soon.
            assertTrue(eventually(3_000, () -> inventory.abortedCount() > aborted),
                    "the subgraph sees its request aborted once the client has gone");
        } finally {
            inventory.behave(FakeSubgraph.Behaviour.NORMAL);
        }
    }

    @Test
    void aFailingSubgraphIsCutOffShownDownInItsOwnCheckAndComesBackWhileReadinessStaysUp() throws Exception {
        FakeSubgraph accounts = ShopGatewayResource.shop.accounts;
        accounts.behave(FakeSubgraph.Behaviour.HTTP_500);
        try {
            for (int i = 0; i < 2; i++) {
                query().then().statusCode(200)
                        .body("data.topProduct.name", equalTo("Product 1"))
                        .body("data.me", nullValue())
                        .body("errors[0].extensions.code", equalTo("DOWNSTREAM_SERVICE_ERROR"))
                        .body("errors[0].extensions.serviceName", equalTo("accounts"));
            }
            int calls = accounts.receivedCount();
            query().then().statusCode(200)
                    .body("data.topProduct.name", equalTo("Product 1"))
                    .body("data.me", nullValue())
                    .body("errors[0].message", equalTo("Subgraph \"accounts\" is unavailable (circuit breaker open)."));
            assertEquals(calls, accounts.receivedCount(), "no call while the breaker is open");

            Response health = given().get("/q/health/group/subgraphs");
            assertEquals(503, health.statusCode(), health.asString());
            assertEquals("DOWN", check(health, "subgraph accounts").get("status"));
            Map<?, ?> data = (Map<?, ?>) check(health, "subgraph accounts").get("data");
            assertEquals("open", data.get("circuitBreaker"));
            assertEquals("HTTP_STATUS", data.get("lastFailureKind"));
            assertEquals("UP", check(health, "subgraph products").get("status"));
            assertEquals("disabled", ((Map<?, ?>) check(health, "subgraph reviews").get("data")).get("circuitBreaker"),
                    "a subgraph's own switch overrides circuit-breaker.enabled");
            given().get("/q/health/ready").then().statusCode(200)
                    .body("checks.name", hasItem("supergraph"))
                    .body("checks.name", org.hamcrest.Matchers.not(hasItem("subgraph accounts")));

            accounts.behave(FakeSubgraph.Behaviour.NORMAL);
            Thread.sleep(1_200);
            query().then().statusCode(200)
                    .body("data.me.username", equalTo("@u1"))
                    .body("errors", nullValue());
            Response healed = given().get("/q/health/group/subgraphs");
            assertEquals(200, healed.statusCode(), healed.asString());
            assertEquals("closed", ((Map<?, ?>) check(healed, "subgraph accounts").get("data")).get("circuitBreaker"));
        } finally {
            accounts.behave(FakeSubgraph.Behaviour.NORMAL);
        }
    }

    private static Response query() {
        return given().contentType(ContentType.JSON).accept(ContentType.JSON)
                .body(Map.of("query", "{ topProduct { name } me { username } }"))
                .post("/graphql");
    }

    private static Map<?, ?> check(Response health, String name) {
        List<Map<?, ?>> checks = health.jsonPath().getList("checks");
        return checks.stream().filter(c -> name.equals(c.get("name"))).findFirst()
                .orElseThrow(() -> new AssertionError("no check " + name + " in " + health.asString()));
    }

    private static boolean eventually(long millis, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }
}
