package io.qantar.gateway.layers;

import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.OperationPolicy;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class LayerChainTest {

    private static Vertx vertx;
    private static ShopSubgraphs shop;
    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 2);
        gateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, shop.all());
    }

    @AfterAll
    static void stop() {
        gateway.close();
        shop.close();
        vertx.close();
    }

    private static LayerRequest request(HttpMethod method, String... headers) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < headers.length; i += 2) {
            map.add(headers[i], headers[i + 1]);
        }
        return new LayerRequest(method, map);
    }

    @Test
    void layersRunInOrderAndTheFirstRefusalStops() {
        List<String> seen = new ArrayList<>();
        Layer first = new Layer() {
            @Override
            public void beforeBody(LayerRequest request) {
                seen.add("first");
            }
        };
        Layer refusing = new Layer() {
            @Override
            public void beforeBody(LayerRequest request) {
                seen.add("refusing");
                throw new LayerRefusal(400, io.qantar.gateway.error.GraphQLError.of("no", "BAD_REQUEST"));
            }
        };
        Layer never = new Layer() {
            @Override
            public void beforeBody(LayerRequest request) {
                seen.add("never");
            }
        };
        LayerChain chain = new LayerChain(List.of(first, refusing, never));
        assertThrows(LayerRefusal.class, () -> chain.beforeBody(request(HttpMethod.POST)));
        assertEquals(List.of("first", "refusing"), seen);
    }

    @Test
    void getMayOnlyRunQueries() {
        LayerChain chain = new LayerChain(List.of(new HttpMethodLayer()));
        PreparedRequest mutation = gateway.pipeline().prepare(GraphQLRequest.of(
                "mutation { createProduct(upc: \"x\", name: \"X\", price: 1) { upc } }"));
        LayerRefusal refusal = assertThrows(LayerRefusal.class,
                () -> chain.afterPreparation(request(HttpMethod.GET), mutation));
        assertEquals(405, refusal.status());
        assertEquals("POST", refusal.headers().get("Allow"));
        chain.afterPreparation(request(HttpMethod.POST), mutation);
        chain.afterPreparation(request(HttpMethod.GET),
                gateway.pipeline().prepare(GraphQLRequest.of("{ topProduct { name } }")));
    }

    @Test
    void onlyConfiguredHeadersAreForwarded() {
        LayerChain chain = new LayerChain(List.of(new HeaderForwardingLayer(List.of("Authorization"))));
        assertEquals(Map.of("Authorization", "Bearer t"), chain.forwardedHeaders(
                request(HttpMethod.POST, "authorization", "Bearer t", "Cookie", "session=1")));
    }

    @Test
    void planCacheKeepsOnePlanPerPolicyKey() {
        AtomicInteger applied = new AtomicInteger();
        class Counting implements OperationPolicy {
            private final String key;

            Counting(String key) {
                this.key = key;
            }

            @Override
            public Object cacheKey() {
                return key;
            }

            @Override
            public Outcome apply(io.qantar.gateway.operation.NormalizedOperation operation) {
                applied.incrementAndGet();
                return new Outcome(operation, List.of());
            }
        }
        GraphQLRequest query = GraphQLRequest.of("{ topProduct { upc price } }");
        gateway.pipeline().prepare(query, new Counting("editor"));
        gateway.pipeline().prepare(query, new Counting("editor"));
        assertEquals(1, applied.get(), "same rights: the cached plan");
        gateway.pipeline().prepare(query, new Counting("reader"));
        assertEquals(2, applied.get(), "other rights: planned again");
    }
}
