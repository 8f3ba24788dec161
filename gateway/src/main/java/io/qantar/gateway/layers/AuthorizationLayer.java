package io.qantar.gateway.layers;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.operation.SelectionSet;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.OperationPolicy;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.supergraph.AccessRules;
import io.qantar.gateway.supergraph.Supergraph;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Enforces the supergraph's authorization directives ({@code @authenticated}, {@code @requiresScopes},
 * {@code @policy}) before anything is planned, as Apollo Router does: what the caller may not see is removed from
 * the operation, with one {@code UNAUTHORIZED_FIELD_OR_TYPE} error per removed path, and the rest is answered; no
 * subgraph fetch is planned for a removed field. With {@code reject-unauthorized} the whole operation is refused
 * instead, with the same errors and no data. The subgraphs enforce the same directives on the forwarded token
 * (defence in depth); this layer spares them the calls and gives clients Router's answers.
 */
public final class AuthorizationLayer implements Layer {

    private final Gateway gateway;
    private final boolean rejectUnauthorized;
    private final Map<String, List<String>> policyScopes;

    /**
     * @param gateway            where the current supergraph's rules are read
     * @param rejectUnauthorized refuse the operation rather than remove what is unauthorized
     * @param policyScopes       for each {@code @policy} name, the scopes that grant it
     */
    public AuthorizationLayer(Gateway gateway, boolean rejectUnauthorized, Map<String, List<String>> policyScopes) {
        this.gateway = gateway;
        this.rejectUnauthorized = rejectUnauthorized;
        Map<String, List<String>> copy = new LinkedHashMap<>();
        policyScopes.forEach((policy, scopes) -> copy.put(policy, List.copyOf(scopes)));
        this.policyScopes = Map.copyOf(copy);
    }

    /**
     * The rules are read from the supergraph being served. A reload between this call and planning plans one request
     * under the new rules in the old pipeline, whose plan cache is then dropped with it.
     */
    @Override
    public OperationPolicy operationPolicy(LayerRequest request) {
        Supergraph supergraph = gateway.current().map(GatewayPipeline::supergraph).orElse(null);
        if (supergraph == null || supergraph.access().isEmpty()) {
            return null;
        }
        return new CallerPolicy(supergraph, request.caller());
    }

    /**
     * When nothing of the operation was left, nothing was fetched: the answer is {@code data: null} with the errors,
     * as Router answers an operation that is unauthorized as a whole.
     */
    @Override
    public ExecutionResult beforeResponse(LayerRequest request, PreparedRequest prepared, ExecutionResult result) {
        SelectionSet root = prepared.plan().operation().selection();
        boolean nothingLeft = root.types().stream().allMatch(type -> root.fields(type).isEmpty());
        boolean removed = prepared.errors().stream().anyMatch(e -> UnauthorizedFields.CODE.equals(e.code()));
        return nothingLeft && removed ? new ExecutionResult(null, result.errors(), result.extensions()) : result;
    }

    /**
     * What decides the outcome: whether the caller is verified, which of the scopes the rules name they hold, and
     * whether unauthorized operations are refused rather than trimmed.
     */
    private record RightsKey(boolean authenticated, Set<String> scopes, boolean reject) {
    }

    private final class CallerPolicy implements OperationPolicy {

        private final Supergraph supergraph;
        private final Caller caller;

        CallerPolicy(Supergraph supergraph, Caller caller) {
            this.supergraph = supergraph;
            this.caller = caller;
        }

        @Override
        public Object cacheKey() {
            AccessRules rules = supergraph.access();
            Set<String> relevant = new TreeSet<>();
            for (String scope : caller.scopes()) {
                if (rules.scopes().contains(scope)
                        || policyScopes.values().stream().anyMatch(scopes -> scopes.contains(scope))) {
                    relevant.add(scope);
                }
            }
            return new RightsKey(caller.authenticated(), relevant, rejectUnauthorized);
        }

        @Override
        public Outcome apply(NormalizedOperation operation) {
            AccessCheck check = new AccessCheck(caller, policyScopes);
            UnauthorizedFields filter = new UnauthorizedFields(supergraph, check::allows);
            NormalizedOperation allowed = filter.filter(operation);
            if (!filter.removedAny()) {
                return new Outcome(operation, List.of());
            }
            if (rejectUnauthorized) {
                throw new RequestException(filter.errors());
            }
            return new Outcome(allowed, filter.errors());
        }
    }
}
