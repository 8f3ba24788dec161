package io.qantar.gateway.testing;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.client.SubgraphClient;
import io.qantar.gateway.client.VertxSubgraphClient;
import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.plan.QueryPlan;
import io.qantar.gateway.supergraph.Supergraph;
import io.vertx.core.Vertx;

import java.net.URI;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/** A gateway pipeline over a test supergraph whose subgraphs are fakes, run synchronously for assertions. */
public final class TestGateway implements AutoCloseable {

    private final GatewayPipeline pipeline;
    private final AutoCloseable client;

    private TestGateway(GatewayPipeline pipeline, AutoCloseable client) {
        this.pipeline = pipeline;
        this.client = client;
    }

    public static TestGateway start(Vertx vertx, String supergraphResource, GatewaySettings settings,
                                    FakeSubgraph... subgraphs) {
        return start(vertx, supergraphResource, settings, client -> client, subgraphs);
    }

    /** A gateway whose subgraph client is {@code wrap} applied to the usual one (e.g. behind circuit breakers). */
    public static TestGateway start(Vertx vertx, String supergraphResource, GatewaySettings settings,
                                    UnaryOperator<SubgraphClient> wrap, FakeSubgraph... subgraphs) {
        Supergraph supergraph = Supergraph.parse(FakeSubgraph.resource(supergraphResource));
        GatewaySettings withUrls = settings;
        for (FakeSubgraph subgraph : subgraphs) {
            GatewaySettings.SubgraphOverride configured = settings.subgraphs().get(subgraph.name());
            withUrls = withUrls.withSubgraph(subgraph.name(), new GatewaySettings.SubgraphOverride(
                    Optional.of(URI.create(subgraph.url())), configured == null ? Optional.empty() : configured.timeout()));
        }
        VertxSubgraphClient http = new VertxSubgraphClient(vertx, new ObjectMapper(), 16, true);
        SubgraphClient client = wrap.apply(http);
        return new TestGateway(new GatewayPipeline(supergraph, withUrls, client, vertx),
                client instanceof AutoCloseable closeable ? closeable : http);
    }

    public static TestGateway start(Vertx vertx, String supergraphResource, FakeSubgraph... subgraphs) {
        return start(vertx, supergraphResource, GatewaySettings.defaults().withSubgraphTimeout(Duration.ofSeconds(5)),
                subgraphs);
    }

    public GatewayPipeline pipeline() {
        return pipeline;
    }

    public QueryPlan plan(String query) {
        return pipeline.prepare(GraphQLRequest.of(query)).plan();
    }

    public ExecutionResult execute(String query) {
        return execute(GraphQLRequest.of(query), Map.of());
    }

    public ExecutionResult execute(String query, Map<String, Object> variables) {
        return execute(GraphQLRequest.of(query, variables), Map.of());
    }

    public ExecutionResult execute(GraphQLRequest request, Map<String, String> headers) {
        PreparedRequest prepared = pipeline.prepare(request);
        try {
            return pipeline.execute(prepared, headers).toCompletionStage().toCompletableFuture()
                    .get(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException("execution failed", e);
        }
    }

    @Override
    public void close() {
        try {
            client.close();
        } catch (Exception e) {
            throw new IllegalStateException("cannot close the subgraph client", e);
        }
    }
}
