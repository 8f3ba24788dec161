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
import io.qantar.gateway.operation.OperationMeasure;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.operation.ValidatedDocument;
import io.qantar.gateway.operation.VariableCoercion;
import io.qantar.gateway.operation.VariableLimits;
import io.qantar.gateway.plan.QueryPlan;
import io.qantar.gateway.plan.QueryPlanner;
import io.qantar.gateway.supergraph.Subgraph;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.supergraph.SupergraphException;
import io.vertx.core.Future;
import io.vertx.core.Promise;
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
    private final OperationMeasure measure;
    private final OperationLimits limits;
    private final QueryPlanner planner;
    private final Cache<PlanKey, Planned> plans;
    private final PlanExecutor executor;
    private final Map<String, SubgraphEndpoint> endpoints;
    private final Vertx vertx;
    private final Duration requestTimeout;

    private record PlanKey(String document, String operationName, List<Object> conditions, Object rights) {
    }

    /**
     * A plan with the errors of what the operation policy removed and the operation's demand, cached together; or
     * the refusal of an operation over a limit, cached as well so a repeated refusal costs a lookup.
     */
    private record Planned(QueryPlan plan, List<GraphQLError> errors, OperationMeasure.Demand demand,
                           RequestException refusal) {
    }

    public GatewayPipeline(Supergraph supergraph, GatewaySettings settings, SubgraphClient client, Vertx vertx) {
        this.supergraph = supergraph;
        this.limits = settings.limits();
        this.documents = new DocumentParser(supergraph.apiSchema(), limits, settings.planCacheSize());
        this.normalizer = new Normalizer(supergraph.apiSchema());
        this.measure = new OperationMeasure(supergraph.apiSchema(), supergraph.cost(), limits);
        this.planner = new QueryPlanner(supergraph);
        this.plans = Caffeine.newBuilder().maximumSize(settings.planCacheSize()).build();
        this.endpoints = endpoints(supergraph, settings);
        this.vertx = vertx;
        this.requestTimeout = settings.requestTimeout();
        this.executor = new PlanExecutor(vertx, supergraph.apiSchema(), client, endpoints,
                limits.maxResponseValues());
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
        return prepare(request, policy, false);
    }

    /**
     * The prepared request when its document and plan are both cached, so preparing it is cheap enough for an event
     * loop; null when it needs a parse, a validation, a measure or a plan, which the caller runs on a worker with
     * {@link #prepare(GraphQLRequest, OperationPolicy)}. Throws as that method does for a cached refusal.
     */
    public PreparedRequest prepareIfCached(GraphQLRequest request, OperationPolicy policy) {
        return prepare(request, policy, true);
    }

    private PreparedRequest prepare(GraphQLRequest request, OperationPolicy policy, boolean cachedOnly) {
        ValidatedDocument document = cachedOnly ? documents.cached(request.query()) : documents.parse(request.query());
        if (document == null) {
            return null;
        }
        OperationDefinition operation = document.operation(request.operationName());
        VariableLimits.check(request.variables(), limits.maxListItems());
        Map<String, Object> variables = VariableCoercion.coerce(supergraph.apiSchema(), operation, request.variables());
        List<Object> conditions = new ArrayList<>(document.conditionVariables().size());
        for (String name : document.conditionVariables()) {
            conditions.add(variables.get(name));
        }
        PlanKey key = new PlanKey(request.query(), operation.getName(), conditions, policy.cacheKey());
        Planned planned = cachedOnly ? plans.getIfPresent(key) : plans.get(key, k -> plan(document, operation, variables, policy));
        if (planned == null) {
            return null;
        }
        if (planned.refusal() != null) {
            throw new RequestException(planned.refusal().errors());
        }
        OperationMeasure.Demand demand = planned.demand();
        if (demand.variableSized()) {
            // the plan was made for another request's page sizes: this request's own are measured
            demand = measure.measure(document, operation, variables);
        }
        return new PreparedRequest(request, operation.getOperation(), planned.plan(), planned.errors(), demand);
    }

    /**
     * Measures the operation before anything expands it, then normalises, applies the policy and plans. The demand
     * is measured per plan key: the variables that {@code @skip}/{@code @include} read are part of it, and a page
     * size given by a variable is measured when the plan is made (the plan cache holds the first caller's sizes).
     */
    private Planned plan(ValidatedDocument document, OperationDefinition operation, Map<String, Object> variables,
                         OperationPolicy policy) {
        OperationMeasure.Demand demand = measure.estimate(document, operation, variables);
        if (demand.variableSized()) {
            measure.check(demand); // a refusal that depends on variables is not cached under the plan key
        }
        try {
            measure.check(demand);
            OperationPolicy.Outcome outcome = policy.apply(normalizer.normalize(document, operation, variables));
            QueryPlan plan = planner.plan(outcome.operation());
            int fetches = plan.fetchCount();
            if (fetches > limits.maxFetches()) {
                throw new RequestException(GraphQLError.of("The operation needs " + fetches
                        + " subgraph fetches, more than the maximum of " + limits.maxFetches() + " (max-fetches).",
                        OperationLimits.MAX_FETCHES_LIMIT));
            }
            return new Planned(plan, outcome.errors(), demand, null);
        } catch (RequestException e) {
            return new Planned(null, List.of(), null, e);
        }
    }

    public Future<ExecutionResult> execute(PreparedRequest prepared, Map<String, String> headers) {
        return execute(prepared, headers, Cancellation.create());
    }

    /** Executes a prepared request; its subgraph calls stop when {@code cancellation} fires. */
    public Future<ExecutionResult> execute(PreparedRequest prepared, Map<String, String> headers,
                                           Cancellation cancellation) {
        Future<ExecutionResult> execution = withDeadline(
                executor.execute(prepared.plan(), prepared.request().variables(), headers, cancellation), cancellation);
        if (prepared.errors().isEmpty()) {
            return execution;
        }
        return execution.map(result -> {
            List<GraphQLError> errors = new ArrayList<>(prepared.errors());
            errors.addAll(result.errors());
            return new ExecutionResult(result.data(), errors, result.extensions());
        });
    }

    /**
     * The execution, or past the request's deadline an answer with no data and a {@code GATEWAY_TIMEOUT} error
     * (Apollo Router's code for its own request timeout), whatever the subgraph calls' deadlines add up to.
     */
    private Future<ExecutionResult> withDeadline(Future<ExecutionResult> execution, Cancellation cancellation) {
        if (execution.isComplete()) {
            return execution;
        }
        Promise<ExecutionResult> answer = Promise.promise();
        long timer = vertx.setTimer(Math.max(1, requestTimeout.toMillis()), id -> {
            answer.tryComplete(new ExecutionResult(null, List.of(GraphQLError.of(
                    "The request did not complete within its deadline of " + requestTimeout.toMillis()
                            + " ms (request-timeout).", "GATEWAY_TIMEOUT")), null));
            // Nobody waits for the rest any more: stop the subgraph calls still in flight.
            cancellation.cancel();
        });
        execution.onComplete(outcome -> {
            vertx.cancelTimer(timer);
            if (outcome.succeeded()) {
                answer.tryComplete(outcome.result());
            } else {
                answer.tryFail(outcome.cause());
            }
        });
        return answer.future();
    }
}
