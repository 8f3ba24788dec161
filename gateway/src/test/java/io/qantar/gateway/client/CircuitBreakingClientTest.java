package io.qantar.gateway.client;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.Json;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A subgraph that keeps failing is cut off at once, the rest of each answer stands, and it comes back by itself. */
class CircuitBreakingClientTest {

    private static final String QUERY = "{ topProduct { name shippingEstimate } }";
    private static final String PARTIAL = "{'topProduct': {'name': 'Product 1', 'shippingEstimate': null}}";
    private static final String FULL = "{'topProduct': {'name': 'Product 1', 'shippingEstimate': 5}}";

    private static Vertx vertx;
    private static ShopSubgraphs shop;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 3);
    }

    @AfterAll
    static void stop() {
        shop.close();
        vertx.close();
    }

    @AfterEach
    void heal() {
        shop.inventory.behave(FakeSubgraph.Behaviour.NORMAL);
    }

    private static TestGateway gateway(BreakerSettings breaker, Duration inventoryTimeout, CircuitBreakingClient[] out) {
        GatewaySettings settings = GatewaySettings.defaults().withSubgraphTimeout(Duration.ofSeconds(5))
                .withSubgraph("inventory", GatewaySettings.SubgraphOverride.timeout(inventoryTimeout));
        return TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings,
                client -> out[0] = new CircuitBreakingClient(vertx, client, name -> breaker), shop.all());
    }

    @Test
    void opensAfterRepeatedFailuresAnswersAtOnceAndRecoversAfterAProbe() throws InterruptedException {
        CircuitBreakingClient[] breakers = new CircuitBreakingClient[1];
        BreakerSettings settings = new BreakerSettings(true, 3, Duration.ofSeconds(10), Duration.ofMillis(500));
        try (TestGateway gateway = gateway(settings, Duration.ofSeconds(5), breakers)) {
            shop.inventory.behave(FakeSubgraph.Behaviour.HTTP_500);
            for (int i = 0; i < 3; i++) {
                ExecutionResult result = gateway.execute(QUERY);
                assertEquals(Json.object(PARTIAL), result.data());
                assertEquals("Subgraph \"inventory\" answered HTTP 500.", result.errors().get(0).message());
            }
            assertEquals("open", breakers[0].state("inventory").breaker());
            assertFalse(breakers[0].state("inventory").up());
            assertTrue(breakers[0].state("inventory").lastFailure().isPresent());
            int calls = shop.inventory.receivedCount();

            ExecutionResult cutOff = gateway.execute(QUERY);

            assertEquals(Json.object(PARTIAL), cutOff.data(), "the other subgraphs' fields still come back");
            GraphQLError error = cutOff.errors().get(0);
            assertEquals("DOWNSTREAM_SERVICE_ERROR", error.code());
            assertEquals("inventory", error.extensions().get("serviceName"));
            assertEquals("Subgraph \"inventory\" is unavailable (circuit breaker open).", error.message());
            assertEquals(calls, shop.inventory.receivedCount(), "an open breaker makes no call");
            assertEquals("closed", breakers[0].state("products").breaker(), "each subgraph has its own breaker");

            shop.inventory.behave(FakeSubgraph.Behaviour.NORMAL);
            Thread.sleep(700);
            ExecutionResult probe = gateway.execute(QUERY);

            assertEquals(Json.object(FULL), probe.data(), "the probe goes through and succeeds");
            assertEquals(List.of(), probe.errors());
            assertEquals("closed", breakers[0].state("inventory").breaker());
            assertTrue(breakers[0].state("inventory").up());
        }
    }

    @Test
    void aSubgraphThatTimesOutStopsCostingItsTimeoutOnceOpen() {
        CircuitBreakingClient[] breakers = new CircuitBreakingClient[1];
        BreakerSettings settings = new BreakerSettings(true, 2, Duration.ofSeconds(10), Duration.ofSeconds(30));
        try (TestGateway gateway = gateway(settings, Duration.ofMillis(400), breakers)) {
            shop.inventory.behave(FakeSubgraph.Behaviour.SLOW);
            for (int i = 0; i < 2; i++) {
                long start = System.nanoTime();
                ExecutionResult result = gateway.execute(QUERY);
                assertTrue(System.nanoTime() - start >= 350_000_000L, "waits for the subgraph's timeout");
                assertTrue(result.errors().get(0).message().contains("timed out"), result.errors().toString());
            }
            long start = System.nanoTime();
            ExecutionResult result = gateway.execute(QUERY);
            long millis = (System.nanoTime() - start) / 1_000_000;

            assertTrue(millis < 200, "answered without waiting for the stalled subgraph: " + millis + " ms");
            assertEquals(Json.object(PARTIAL), result.data());
            assertEquals("open", breakers[0].state("inventory").breaker());
        }
    }

    @Test
    void aClientErrorFromTheSubgraphDoesNotOpenIt() {
        CircuitBreakingClient[] breakers = new CircuitBreakingClient[1];
        BreakerSettings settings = new BreakerSettings(true, 2, Duration.ofSeconds(10), Duration.ofSeconds(30));
        try (TestGateway gateway = gateway(settings, Duration.ofSeconds(5), breakers)) {
            shop.inventory.behave(FakeSubgraph.Behaviour.HTTP_401);
            for (int i = 0; i < 4; i++) {
                ExecutionResult result = gateway.execute(QUERY);
                assertEquals("Subgraph \"inventory\" answered HTTP 401.", result.errors().get(0).message());
            }
            assertEquals("closed", breakers[0].state("inventory").breaker(),
                    "a caller's bad token must not cut the subgraph off for everyone");
        }
    }

    @Test
    void failureMessagesNameTheSubgraphNeverItsAddress() {
        CircuitBreakingClient[] breakers = new CircuitBreakingClient[1];
        GatewaySettings settings = GatewaySettings.defaults()
                .withSubgraph("inventory", GatewaySettings.SubgraphOverride.url("http://127.0.0.1:1/graphql"));
        BreakerSettings breaker = new BreakerSettings(true, 5, Duration.ofSeconds(10), Duration.ofSeconds(5));
        FakeSubgraph[] others = {shop.products, shop.reviews, shop.accounts};
        try (TestGateway gateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings,
                client -> breakers[0] = new CircuitBreakingClient(vertx, client, name -> breaker), others)) {
            ExecutionResult result = gateway.execute(QUERY);

            String message = result.errors().get(0).message();
            assertEquals("Subgraph \"inventory\" is unavailable.", message);
            assertFalse(Json.write(result.toSpecification()).contains("127.0.0.1"));
            assertEquals("UNREACHABLE", breakers[0].state("inventory").lastFailureKind().orElseThrow());
        }
    }
}
