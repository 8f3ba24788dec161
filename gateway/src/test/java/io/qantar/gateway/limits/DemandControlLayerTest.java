package io.qantar.gateway.limits;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.layers.DemandControlLayer;
import io.qantar.gateway.layers.LayerRequest;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The estimate is told to the client only where the deployment allows it, beside the actual cost. */
class DemandControlLayerTest {

    private static Vertx vertx;
    private static GatewayPipeline pipeline;
    private static final LayerRequest REQUEST = new LayerRequest(HttpMethod.POST, MultiMap.caseInsensitiveMultiMap());

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.exists(DefaultLimitsTest.ROOT.resolve("supergraph/supergraph.graphql")),
                "the suite's supergraph is not composed yet");
        vertx = Vertx.vertx();
        pipeline = DefaultLimitsTest.committed(vertx, GatewaySettings.defaults());
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    @Test
    void reportsTheEstimatedAndActualCostInExtensionsWhenExposed() {
        PreparedRequest prepared = pipeline.prepare(GraphQLRequest.of("{ actor(id: \"x\") { name events { title } } }"));
        Map<String, Object> data = Map.of("actor", Map.of("name", "A",
                "events", List.of(Map.of("title", "one"), Map.of("title", "two"))));

        ExecutionResult answered = new DemandControlLayer(true)
                .beforeResponse(REQUEST, prepared, new ExecutionResult(data, List.of(), null));

        // actor 1 + events: 10 assumed items of 1 each
        assertEquals(Map.of("estimated", 11L, "actual", 3L), answered.extensions().get("cost"));
    }

    @Test
    void keepsTheEstimateToItselfByDefault() {
        PreparedRequest prepared = pipeline.prepare(GraphQLRequest.of("{ actor(id: \"x\") { name } }"));

        ExecutionResult answered = new DemandControlLayer(false)
                .beforeResponse(REQUEST, prepared, new ExecutionResult(Map.of(), List.of(), null));

        assertFalse(answered.extensions().containsKey("cost"));
    }
}
