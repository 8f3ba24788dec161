package io.qantar.gateway.limits;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A request has one deadline for its whole execution, shorter than its subgraph calls' deadlines add up to, and a
 * response has a budget of values, so neither a slow nor a huge answer holds the gateway.
 */
class RequestDeadlineTest {

    private final Vertx vertx = Vertx.vertx();
    private final ShopSubgraphs shop = new ShopSubgraphs(vertx, 3);

    @AfterEach
    void stop() {
        shop.close();
        vertx.close();
    }

    @Test
    void answersGatewayTimeoutWhenTheRequestOutlivesItsDeadline() {
        GatewaySettings settings = GatewaySettings.defaults().withSubgraphTimeout(Duration.ofSeconds(10))
                .withRequestTimeout(Duration.ofMillis(300));
        shop.products.delay(3000);
        try (TestGateway gateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings, shop.all())) {
            long started = System.nanoTime();
            ExecutionResult result = gateway.execute("{ products(first: 1) { name } }");
            long millis = (System.nanoTime() - started) / 1_000_000;

            assertNull(result.data());
            assertEquals("GATEWAY_TIMEOUT", result.errors().get(0).code());
            assertTrue(result.errors().get(0).message().contains("(request-timeout)"));
            assertTrue(millis < 2500, "answered after " + millis + " ms");
        }
    }

    @Test
    void answersWithinTheDeadline() {
        GatewaySettings settings = GatewaySettings.defaults().withRequestTimeout(Duration.ofSeconds(5));
        try (TestGateway gateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings, shop.all())) {
            ExecutionResult result = gateway.execute("{ products(first: 1) { name } }");

            assertEquals(0, result.errors().size(), result.errors().toString());
        }
    }

    @Test
    void answersResponseTooLargeRatherThanBuildingAResponseOverItsBudget() {
        GatewaySettings settings = GatewaySettings.defaults()
                .withLimits(OperationLimits.DEFAULT.withResponseValues(5));
        try (TestGateway gateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings, shop.all())) {
            ExecutionResult large = gateway.execute("{ products(first: 3) { name } }");
            ExecutionResult small = gateway.execute("{ products(first: 1) { name } }");

            assertNull(large.data());
            assertEquals("RESPONSE_TOO_LARGE", large.errors().get(0).code());
            assertTrue(large.errors().get(0).message().contains("more than 5 values (max-response-values)"));
            assertEquals(0, small.errors().size(), "a list, an object and a name are within 5 values");
        }
    }
}
