package io.qantar.gateway.pipeline;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.language.OperationDefinition;
import io.qantar.gateway.client.Cancellation;
import io.qantar.gateway.client.SubgraphClient;
import io.qantar.gateway.client.SubgraphEndpoint;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.execution.PlanExecutor;
import io.qantar.gateway.operation.DocumentParser;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.Normalizer;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.operation.ValidatedDocument;
import io.qantar.gateway.operation.VariableCoercion;
import io.qantar.gateway.plan.QueryPlan;
import io.qantar.gateway.plan.QueryPlanner;
import io.qantar.gateway.supergraph.Subgraph;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.supergraph.SupergraphException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything that serves one supergraph: parsing and validation against its API schema, planning with a plan
 * cache, and execution against its subgraphs. Built once per loaded supergraph and replaced as a whole on reload,
 * so no request ever mixes two versions and no request does schema work.
 */
public final class GatewayPipeline {

    private final Supergraph supergraph;
    private final DocumentParser documents;
    private final Normalizer normalizer;
    private final QueryPlanner planner;
    private final Cache<PlanKey, Planned> plans;
    private final PlanExecutor executor;
    private final Map<String, SubgraphEndpoint> endpoints;

    private record PlanKey(String document, String operationName, List<Object> conditions, Object rights) {
    }

    /** A plan with the errors of what the operation policy removed, cached together. */
    private record Planned(QueryPlan plan, List<GraphQLError> errors) {
    }

    public GatewayPipeline(Supergraph supergraph, GatewaySettings settings, SubgraphClient client, Vertx vertx) {
        this.supergraph = supergraph;
        this.documents = new DocumentParser(supergraph.apiSchema(),
                new OperationLimits(settings.maxDepth(), settings.maxAliases()), settings.planCacheSize());
        this.normalizer = new Normalizer(supergraph.apiSchema());
        this.planner = new QueryPlanner(supergraph);
        this.plans = Caffeine.newBuilder().maximumSize(settings.planCacheSize()).build();
        this.endpoints = endpoints(supergraph, settings);
        this.executor = new PlanExecutor(vertx, supergraph.apiSchema(), client, endpoints);
    }

    /** Where each subgraph is called, after configuration overrides. */
    public Map<String, SubgraphEndpoint> endpoints() {
        return endpoints;
    }

    public Supergraph supergraph() {
        return supergraph;
    }

    private static Map<String, SubgraphEndpoint> endpoints(Supergraph supergraph, GatewaySettings settings) {
        Map<String, SubgraphEndpoint> endpoints = new LinkedHashMap<>();
        for (Subgraph subgraph : supergraph.subgraphs()) {
            GatewaySettings.SubgraphOverride override = settings.subgraphs().get(subgraph.name());
            URI url = override != null && override.url().isPresent() ? override.url().get() : parse(subgraph);
            if (url == null || url.getHost() == null
                    || !("http".equalsIgnoreCase(url.getScheme()) || "https".equalsIgnoreCase(url.getScheme()))) {
                throw new SupergraphException("subgraph \"" + subgraph.name() + "\" has no usable http(s) URL ("
                        + subgraph.url() + "); set qantar.gateway.subgraphs.\"" + subgraph.name() + "\".url");
            }
            Duration timeout = override != null && override.timeout().isPresent()
                    ? override.timeout().get() : settings.subgraphTimeout();
            endpoints.put(subgraph.name(), new SubgraphEndpoint(subgraph.name(), url, timeout));
        }
        return endpoints;
    }

    private static URI parse(Subgraph subgraph) {
        try {
            return subgraph.url().isEmpty() ? null : URI.create(subgraph.url());
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Parses, validates and plans a request, from the caches when the document was seen before. Throws a
     * {@link io.qantar.gateway.operation.RequestException} for a request that cannot run.
     */
    public PreparedRequest prepare(GraphQLRequest request) {
        return prepare(request, OperationPolicy.NONE);
    }

    /**
     * Prepares a request under a caller's {@link OperationPolicy}, applied before planning. The plan cache key
     * includes the policy's key, so plans made for other rights are never reused.
     */
    public PreparedRequest prepare(GraphQLRequest request, OperationPolicy policy) {
        ValidatedDocument document = documents.parse(request.query());
        OperationDefinition operation = document.operation(request.operationName());
        Map<String, Object> variables = VariableCoercion.coerce(supergraph.apiSchema(), operation, request.variables());
        List<Object> conditions = new ArrayList<>(document.conditionVariables().size());
        for (String name : document.conditionVariables()) {
            conditions.add(variables.get(name));
        }
        PlanKey key = new PlanKey(request.query(), operation.getName(), conditions, policy.cacheKey());
        Planned planned = plans.get(key, k -> {
            OperationPolicy.Outcome outcome = policy.apply(normalizer.normalize(document, operation, variables));
            return new Planned(planner.plan(outcome.operation()), outcome.errors());
        });
        return new PreparedRequest(request, operation.getOperation(), planned.plan(), planned.errors());
    }

    public Future<ExecutionResult> execute(PreparedRequest prepared, Map<String, String> headers) {
        return execute(prepared, headers, Cancellation.NONE);
    }

    /** Executes a prepared request; its subgraph calls stop when {@code cancellation} fires. */
    public Future<ExecutionResult> execute(PreparedRequest prepared, Map<String, String> headers,
                                           Cancellation cancellation) {
        Future<ExecutionResult> execution = executor.execute(prepared.plan(), prepared.request().variables(), headers,
                cancellation);
        if (prepared.errors().isEmpty()) {
            return execution;
        }
        return execution.map(result -> {
            List<GraphQLError> errors = new ArrayList<>(prepared.errors());
            errors.addAll(result.errors());
            return new ExecutionResult(result.data(), errors, result.extensions());
        });
    }
}
