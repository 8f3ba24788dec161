package io.qantar.gateway.execution;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.language.OperationDefinition;
import graphql.introspection.GoodFaithIntrospection;
import graphql.schema.GraphQLSchema;
import io.qantar.gateway.client.Cancellation;
import io.qantar.gateway.client.SubgraphClient;
import io.qantar.gateway.client.SubgraphFailure;
import io.qantar.gateway.client.SubgraphEndpoint;
import io.qantar.gateway.client.SubgraphRequest;
import io.qantar.gateway.client.SubgraphResponse;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.plan.FetchNode;
import io.qantar.gateway.plan.FlattenNode;
import io.qantar.gateway.plan.ParallelNode;
import io.qantar.gateway.plan.PlanNode;
import io.qantar.gateway.plan.QueryPlan;
import io.qantar.gateway.plan.SequenceNode;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs query plans: sequences in order, parallel branches at once, each entity fetch with the deduplicated
 * representations of its step; then shapes the response from the merged result.
 *
 * <p>A request runs on one Vert.x context: subgraph answers arrive on it, so the result tree is only ever
 * touched by one thread at a time and needs no locking. A failing subgraph never fails the request: its
 * error is recorded and the plan goes on with what the others answer.
 */
public final class PlanExecutor {

    private static final Logger LOG = Logger.getLogger(PlanExecutor.class);
    private final Vertx vertx;
    private final GraphQLSchema apiSchema;
    private final GraphQL introspection;
    private final SubgraphClient client;
    private final Map<String, SubgraphEndpoint> endpoints;
    private final long maxResponseValues;
    /** Introspection without variables depends only on the schema and the document: answered once. */
    private final Cache<String, Map<String, Object>> introspectionResults =
            Caffeine.newBuilder().maximumSize(64).build();

    public PlanExecutor(Vertx vertx, GraphQLSchema apiSchema, SubgraphClient client,
                        Map<String, SubgraphEndpoint> endpoints) {
        this(vertx, apiSchema, client, endpoints, Long.MAX_VALUE);
    }

    /** As above, with a budget of values per response ({@code RESPONSE_TOO_LARGE} past it). */
    public PlanExecutor(Vertx vertx, GraphQLSchema apiSchema, SubgraphClient client,
                        Map<String, SubgraphEndpoint> endpoints, long maxResponseValues) {
        this.maxResponseValues = maxResponseValues;
        this.vertx = vertx;
        this.apiSchema = apiSchema;
        this.introspection = GraphQL.newGraphQL(apiSchema).build();
        this.client = client;
        this.endpoints = Map.copyOf(endpoints);
    }

    /**
     * Executes a plan.
     *
     * @param variables the client's raw variables (forwarded to subgraphs as they came)
     * @param headers   headers to propagate to every subgraph call
     */
    public Future<ExecutionResult> execute(QueryPlan plan, Map<String, Object> variables, Map<String, String> headers) {
        return execute(plan, variables, headers, Cancellation.NONE);
    }

    /**
     * Executes a plan until {@code cancellation} fires: then calls in flight are reset and no further fetch
     * starts (its fields are left null with a DOWNSTREAM_SERVICE_ERROR, for a client that is gone anyway).
     */
    public Future<ExecutionResult> execute(QueryPlan plan, Map<String, Object> variables, Map<String, String> headers,
                                           Cancellation cancellation) {
        Context context = Vertx.currentContext();
        if (context != null) {
            return new Run(plan, variables, headers, cancellation).start();
        }
        Promise<ExecutionResult> promise = Promise.promise();
        vertx.getOrCreateContext().runOnContext(v -> new Run(plan, variables, headers, cancellation).start()
                .onComplete(promise));
        return promise.future();
    }

    private Map<String, Object> introspect(String query, Map<String, Object> variables) {
        boolean cacheable = !query.contains("$");
        if (cacheable) {
            Map<String, Object> cached = introspectionResults.getIfPresent(query);
            if (cached != null) {
                return cached;
            }
        }
        // Operation limits (depth, aliases) already guard against abusive introspection; graphql-java's own
        // "good faith" check would refuse documents that Apollo answers, such as two aliased __type fields.
        Map<String, Object> data = introspection.execute(ExecutionInput.newExecutionInput(query)
                .variables(variables)
                .graphQLContext(Map.of(GoodFaithIntrospection.GOOD_FAITH_INTROSPECTION_DISABLED, true))
                .build()).getData();
        if (cacheable && data != null) {
            introspectionResults.put(query, data);
        }
        return data;
    }

    /** One execution: the result tree being merged and the errors so far. */
    private final class Run {

        private final QueryPlan plan;
        private final Map<String, Object> variables;
        private final Map<String, String> headers;
        private final boolean readOnly;
        private final Cancellation cancellation;
        private final Map<String, Object> data = new LinkedHashMap<>();
        private final List<GraphQLError> errors = new ArrayList<>();

        Run(QueryPlan plan, Map<String, Object> variables, Map<String, String> headers, Cancellation cancellation) {
            this.plan = plan;
            this.cancellation = cancellation;
            this.variables = variables;
            this.headers = headers;
            this.readOnly = plan.operation().kind() == OperationDefinition.Operation.QUERY;
        }

        Future<ExecutionResult> start() {
            Map<String, Object> introspected = plan.introspection() == null ? null
                    : introspect(plan.introspection(), variables);
            Future<Void> fetched = plan.root() == null ? Future.succeededFuture() : node(plan.root());
            return fetched.map(v -> finish(introspected));
        }

        private Future<Void> node(PlanNode node) {
            if (node instanceof SequenceNode sequence) {
                Future<Void> chain = Future.succeededFuture();
                for (PlanNode child : sequence.nodes()) {
                    chain = chain.compose(v -> node(child));
                }
                return chain;
            }
            if (node instanceof ParallelNode parallel) {
                List<Future<Void>> branches = new ArrayList<>(parallel.nodes().size());
                for (PlanNode child : parallel.nodes()) {
                    branches.add(node(child));
                }
                return Future.join(branches).mapEmpty();
            }
            if (node instanceof FlattenNode flatten) {
                return entityFetch(flatten);
            }
            return rootFetch((FetchNode) node);
        }

        private Future<Void> rootFetch(FetchNode fetch) {
            return send(fetch, forwardedVariables(fetch, 0)).transform(outcome -> {
                if (outcome.failed()) {
                    failed(fetch, outcome.cause());
                } else {
                    absorb(fetch, () -> {
                        SubgraphResponse response = outcome.result();
                        for (Map<String, Object> error : response.errors()) {
                            errors.add(SubgraphErrors.fromSubgraph(error, fetch.subgraph(),
                                    rootPath(error.get("path"))));
                        }
                        if (response.data() != null) {
                            ResultMerger.merge(data, response.data());
                        }
                    });
                }
                return Future.succeededFuture();
            });
        }

        private Future<Void> entityFetch(FlattenNode flatten) {
            FetchNode fetch = flatten.fetch();
            EntityBatch batch = EntityBatch.collect(data, flatten.path(), fetch.requires());
            if (batch.isEmpty()) {
                return Future.succeededFuture();
            }
            Map<String, Object> forwarded = forwardedVariables(fetch, 1);
            forwarded.put("representations", batch.representations());
            return send(fetch, forwarded).transform(outcome -> {
                if (outcome.failed()) {
                    failed(fetch, outcome.cause());
                } else {
                    absorb(fetch, () -> mergeEntities(flatten, batch, outcome.result()));
                }
                return Future.succeededFuture();
            });
        }

        /** Merges an answer; one that does not fit the plan costs its own fields, not the request. */
        private void absorb(FetchNode fetch, Runnable merge) {
            try {
                merge.run();
            } catch (RuntimeException e) {
                LOG.warnf(e, "the answer of subgraph %s does not match its fetch", fetch.subgraph());
                errors.add(SubgraphErrors.failure(fetch.subgraph(), "the response does not match the request"));
            }
        }

        private void failed(FetchNode fetch, Throwable cause) {
            if (!(cause instanceof SubgraphFailure)) {
                LOG.error("a subgraph call failed unexpectedly: " + fetch.subgraph(), cause);
            }
            errors.add(SubgraphErrors.fromFailure(fetch.subgraph(), cause));
        }

        @SuppressWarnings("unchecked")
        private void mergeEntities(FlattenNode flatten, EntityBatch batch, SubgraphResponse response) {
            String subgraph = flatten.fetch().subgraph();
            Map<Map<String, Object>, List<Object>> paths = null;
            for (Map<String, Object> error : response.errors()) {
                Object rawPath = error.get("path");
                if (rawPath instanceof List<?> errorPath && errorPath.size() >= 2 && "_entities".equals(errorPath.get(0))
                        && errorPath.get(1) instanceof Number index && index.intValue() >= 0
                        && index.intValue() < batch.size()) {
                    if (paths == null) {
                        paths = EntityBatch.paths(data, flatten.path());
                    }
                    for (Map<String, Object> target : batch.targets(index.intValue())) {
                        List<Object> path = new ArrayList<>(paths.getOrDefault(target, List.of()));
                        path.addAll(errorPath.subList(2, errorPath.size()));
                        errors.add(SubgraphErrors.fromSubgraph(error, subgraph, path));
                    }
                } else {
                    errors.add(SubgraphErrors.fromSubgraph(error, subgraph, null));
                }
            }
            if (response.data() == null) {
                return;
            }
            Object entities = response.data().get("_entities");
            if (entities == null && !response.errors().isEmpty()) {
                return;
            }
            if (!(entities instanceof List<?> list)) {
                errors.add(SubgraphErrors.failure(subgraph, "Expected \"data._entities\" in response to be an array"));
                return;
            }
            if (list.size() != batch.size()) {
                errors.add(SubgraphErrors.failure(subgraph, "Expected \"data._entities\" to contain "
                        + batch.size() + " elements"));
                return;
            }
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) instanceof Map<?, ?> entity) {
                    Map<String, Object> answer = (Map<String, Object>) entity;
                    for (Map<String, Object> target : batch.targets(i)) {
                        ResultMerger.merge(target, answer);
                    }
                }
            }
        }

        private Future<SubgraphResponse> send(FetchNode fetch, Map<String, Object> forwarded) {
            SubgraphEndpoint endpoint = endpoints.get(fetch.subgraph());
            return client.execute(new SubgraphRequest(endpoint, fetch.operationName(), fetch.operation(), forwarded,
                    headers, readOnly), cancellation);
        }

        /** The client variables this fetch uses, as the client sent them; omitted ones fall back to defaults. */
        private Map<String, Object> forwardedVariables(FetchNode fetch, int extra) {
            Map<String, Object> forwarded = new HashMap<>(fetch.variableUsages().size() + extra + 1);
            for (String name : fetch.variableUsages()) {
                if (variables.containsKey(name)) {
                    forwarded.put(name, variables.get(name));
                }
            }
            return forwarded;
        }

        private List<Object> rootPath(Object rawPath) {
            return rawPath instanceof List<?> list ? new ArrayList<>(list) : null;
        }

        private ExecutionResult finish(Map<String, Object> introspected) {
            ResponseShaper.Shaped shaped;
            try {
                shaped = ResponseShaper.shape(apiSchema, plan.operation(), data, introspected, maxResponseValues);
            } catch (ResponseShaper.TooLarge e) {
                List<GraphQLError> all = new ArrayList<>(errors);
                all.add(GraphQLError.of("The response would hold more than " + e.maxValues
                        + " values (max-response-values).", io.qantar.gateway.operation.OperationLimits.RESPONSE_TOO_LARGE));
                return new ExecutionResult(null, all, Map.of());
            }
            Map<String, Object> extensions = Map.of();
            if (errors.isEmpty() && !shaped.completionErrors().isEmpty()) {
                extensions = Map.of("valueCompletion",
                        shaped.completionErrors().stream().map(GraphQLError::toSpecification).toList());
            }
            return new ExecutionResult(shaped.data(), errors, extensions);
        }
    }
}
