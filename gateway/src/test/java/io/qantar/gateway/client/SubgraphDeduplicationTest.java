package io.qantar.gateway.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.Json;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Identical subgraph calls of concurrent queries go out once; every caller still gets an answer of its own.
 * The subgraphs answer slowly, so that concurrent requests really are in flight together.
 */
class SubgraphDeduplicationTest {

    private static final int CONCURRENT = 6;
    private static final String TWO_SUBGRAPHS = "{ topProduct { name inStock } }";

    private static Vertx vertx;
    private static ShopSubgraphs shop;
    private static Gateway deduplicating;
    private static Gateway plain;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 3);
        deduplicating = new Gateway(true);
        plain = new Gateway(false);
    }

    @AfterAll
    static void stop() {
        deduplicating.client.close();
        plain.client.close();
        shop.close();
        vertx.close();
    }

    @BeforeEach
    void slowSubgraphs() {
        shop.clearRequests();
        for (FakeSubgraph subgraph : shop.all()) {
            subgraph.delay(300);
        }
    }

    @AfterEach
    void heal() {
        for (FakeSubgraph subgraph : shop.all()) {
            subgraph.delay(0);
        }
    }

    @Test
    void concurrentIdenticalQueriesShareEachSubgraphCallAndEachGetsTheWholeAnswer() {
        List<ExecutionResult> results = together(deduplicating, TWO_SUBGRAPHS, Map.of());

        for (ExecutionResult result : results) {
            assertEquals(List.of(), result.errors());
            assertEquals(Json.normalize("{'topProduct': {'name': 'Product 1', 'inStock': true}}"), Json.write(result.data()));
        }
        assertEquals(1, shop.products.requests().size(), "the root fetch went out once");
        assertEquals(1, shop.inventory.entityFetches().size(), "the entity fetch went out once");
        for (int i = 1; i < results.size(); i++) {
            assertNotSame(results.get(0).data(), results.get(i).data(), "each request has its own result tree");
        }
    }

    @Test
    void withoutDeduplicationEveryQueryMakesItsOwnCalls() {
        together(plain, TWO_SUBGRAPHS, Map.of());

        assertEquals(CONCURRENT, shop.products.requests().size());
        assertEquals(CONCURRENT, shop.inventory.entityFetches().size());
    }

    @Test
    void callsWithDifferentPropagatedHeadersAreNotShared() {
        List<Future<ExecutionResult>> running = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            running.add(deduplicating.start("{ topProduct { name } }", Map.of("Authorization", "Bearer " + (i % 2))));
        }
        running.forEach(SubgraphDeduplicationTest::await);

        List<String> tokens = shop.products.requests().stream().map(r -> r.headers().get("authorization")).sorted().toList();
        assertEquals(List.of("Bearer 0", "Bearer 1"), tokens, "one call per distinct Authorization");
    }

    @Test
    void aMutationsCallsAreNeverShared() {
        together(deduplicating, "mutation { createProduct(upc: \"dedup\", name: \"Twice\", price: 1) { name } }", Map.of());

        assertEquals(CONCURRENT, shop.products.requests().size(), "every mutation reaches the subgraph");
    }

    @Test
    void onlyCallsInFlightAreShared() {
        await(deduplicating.start(TWO_SUBGRAPHS, Map.of()));
        await(deduplicating.start(TWO_SUBGRAPHS, Map.of()));

        assertEquals(2, shop.products.requests().size(), "an answer is not kept once its call is over");
    }

    @Test
    void aFailedCallFailsEveryRequestWaitingForIt() {
        shop.inventory.behave(FakeSubgraph.Behaviour.HTTP_500);
        try {
            List<ExecutionResult> results = together(deduplicating, TWO_SUBGRAPHS, Map.of());

            assertEquals(1, shop.inventory.requests().size());
            for (ExecutionResult result : results) {
                assertEquals(1, result.errors().size(), () -> result.errors().toString());
                assertEquals("DOWNSTREAM_SERVICE_ERROR", result.errors().get(0).code());
            }
        } finally {
            shop.inventory.behave(FakeSubgraph.Behaviour.NORMAL);
        }
    }

    private static List<ExecutionResult> together(Gateway gateway, String query, Map<String, String> headers) {
        List<Future<ExecutionResult>> running = new ArrayList<>();
        for (int i = 0; i < CONCURRENT; i++) {
            running.add(gateway.start(query, headers));
        }
        return running.stream().map(SubgraphDeduplicationTest::await).toList();
    }

    private static ExecutionResult await(Future<ExecutionResult> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("execution failed", e);
        }
    }

    /** A pipeline over the shop's fakes with its own client, deduplicating or not. */
    private static final class Gateway {

        private final VertxSubgraphClient client;
        private final GatewayPipeline pipeline;

        Gateway(boolean deduplicate) {
            GatewaySettings settings = GatewaySettings.defaults().withSubgraphTimeout(Duration.ofSeconds(5));
            for (FakeSubgraph subgraph : shop.all()) {
                settings = settings.withSubgraph(subgraph.name(),
                        new GatewaySettings.SubgraphOverride(Optional.of(URI.create(subgraph.url())), Optional.empty()));
            }
            client = new VertxSubgraphClient(vertx, new ObjectMapper(), 16, deduplicate);
            pipeline = new GatewayPipeline(Supergraph.parse(FakeSubgraph.resource(ShopSubgraphs.SUPERGRAPH)), settings,
                    client, vertx);
        }

        Future<ExecutionResult> start(String query, Map<String, String> headers) {
            PreparedRequest prepared = pipeline.prepare(GraphQLRequest.of(query));
            return pipeline.execute(prepared, headers);
        }
    }
}
