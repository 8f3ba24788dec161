package io.qantar.gateway.runtime;

import io.qantar.gateway.http.BodyLimit;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The gateway's settings ({@code qantar.gateway.*}); the README's configuration table describes each. */
@ConfigMapping(prefix = "qantar.gateway")
public interface GatewayConfig {

    /** The supergraph SDL: a file path (relative to the working directory) or an http(s) URL. */
    @WithDefault("supergraph/supergraph.graphql")
    String supergraph();

    /** How often the supergraph file or URL is checked for changes. */
    @WithDefault("2s")
    Duration supergraphPollInterval();

    /** Per-subgraph settings, by subgraph name. */
    Map<String, SubgraphConfig> subgraphs();

    /** Default deadline of a subgraph call. */
    @WithDefault(GatewaySettings.DEFAULT_SUBGRAPH_TIMEOUT)
    Duration subgraphTimeout();

    /** Client request headers forwarded to every subgraph call. */
    @WithDefault("Authorization")
    List<String> propagateHeaders();

    /** Replaced by {@code limits.max-depth}, which it overrides when set (kept for older configurations). */
    @Deprecated
    Optional<Integer> maxDepth();

    /** Replaced by {@code limits.max-aliases}, which it overrides when set (kept for older configurations). */
    @Deprecated
    Optional<Integer> maxAliases();

    /** How many query plans (and parsed documents) are cached. */
    @WithDefault("" + GatewaySettings.DEFAULT_PLAN_CACHE_SIZE)
    int planCacheSize();

    /** Most pooled connections to one subgraph. */
    @WithDefault("100")
    int subgraphConnections();

    /**
     * Whether a query's subgraph call identical to one in flight (same subgraph, body and propagated headers)
     * waits for that call's answer instead of going out again.
     */
    @WithDefault("true")
    boolean deduplicateSubgraphRequests();

    /** What one operation may ask; the defaults are {@link OperationLimits}' constants, written once there. */
    Limits limits();

    interface Limits {

        /** Largest request body, in bytes; a larger one gets 413 {@code PAYLOAD_TOO_LARGE}. */
        @WithDefault("" + BodyLimit.DEFAULT_MAX_BYTES)
        long maxBodyBytes();

        /** Largest document, in UTF-8 bytes. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_BYTES)
        int maxBytes();

        /** Most grammar tokens in a document. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_TOKENS)
        int maxTokens();

        /** Deepest nesting of fields an operation may have. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_DEPTH)
        int maxDepth();

        /** Most aliases one document may use. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_ALIASES)
        int maxAliases();

        /** Most root fields of an operation. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_ROOT_FIELDS)
        int maxRootFields();

        /** Most fields of an operation once its fragments are expanded. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_FIELDS)
        int maxFields();

        /** Most items of one list in the variables. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_LIST_ITEMS)
        int maxListItems();

        /** Highest estimated cost of an operation. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_COST)
        int maxCost();

        /** The page size a paginated field counts for when the operation gives none and the schema has no default. */
        @WithDefault("" + OperationLimits.DEFAULT_PAGE_SIZE)
        int defaultPageSize();

        /** What a list without pagination or {@code @listSize} counts for. */
        @WithDefault("" + OperationLimits.DEFAULT_ASSUMED_LIST_SIZE)
        int assumedListSize();

        /** Most subgraph fetches one operation's plan may make. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_FETCHES)
        int maxFetches();

        /** Most values (objects, list items, leaves) one response may hold. */
        @WithDefault("" + OperationLimits.DEFAULT_MAX_RESPONSE_VALUES)
        int maxResponseValues();

        /** The overall deadline of one request's execution ({@code GATEWAY_TIMEOUT} past it). */
        @WithDefault(GatewaySettings.DEFAULT_REQUEST_TIMEOUT)
        Duration requestTimeout();

        /** Whether each response carries the operation's estimated and actual cost in {@code extensions.cost}. */
        @WithDefault("false")
        boolean exposeCost();
    }

    /** Cross-site request forgery protection. */
    Csrf csrf();

    interface Csrf {

        /** Whether a GET or a CORS-simple POST must carry one of {@code required-headers}. */
        @WithDefault("true")
        boolean enabled();

        /** Headers, any one of which (with a non-empty value) marks a request as not cross-site. */
        @WithDefault("x-apollo-operation-name,apollo-require-preflight")
        List<String> requiredHeaders();
    }

    /** Enforcement of the supergraph's {@code @authenticated}, {@code @requiresScopes} and {@code @policy}. */
    Authorization authorization();

    interface Authorization {

        /** Refuse a whole operation that asks for anything unauthorized, instead of removing those fields. */
        @WithDefault("false")
        boolean rejectUnauthorized();

        /**
         * For each {@code @policy} name, the scopes (all of them) that grant it; a policy not listed is never
         * granted.
         */
        Map<String, List<String>> policies();
    }

    /**
     * What the gateway shows of the graph's inside: each is {@code off}, {@code on} or {@code scope:<scope>}. Off in
     * production; the local, dev and test profiles turn them on.
     */
    Exposure exposure();

    interface Exposure {

        /** {@code __schema} and {@code __type} queries. */
        @WithDefault("off")
        String introspection();

        /** The GraphiQL page at {@code /graphiql}. */
        @WithDefault("off")
        String graphiql();

        /** The query plan in {@code extensions}, on request by header. */
        @WithDefault("off")
        String queryPlan();
    }

    /** Circuit breaking per subgraph (docs/security.md, "Faults"). */
    CircuitBreaker circuitBreaker();

    interface CircuitBreaker {

        /** Whether each subgraph's calls go through a circuit breaker. */
        @WithDefault("true")
        boolean enabled();

        /** Failures (unreachable, timed out, 5xx, not GraphQL) within {@code window} that open a breaker. */
        @WithDefault("5")
        int failureThreshold();

        /** How far back failures are counted. */
        @WithDefault("10s")
        Duration window();

        /** How long an open breaker waits before one probe call may go through. */
        @WithDefault("5s")
        Duration resetTimeout();
    }

    interface SubgraphConfig {

        /** Replaces the URL the supergraph records for this subgraph. */
        Optional<String> url();

        /** Replaces {@code subgraph-timeout} for this subgraph. */
        Optional<Duration> timeout();

        /** Replaces {@code circuit-breaker.enabled} for this subgraph. */
        @io.smallrye.config.WithName("circuit-breaker.enabled")
        Optional<Boolean> circuitBreakerEnabled();
    }
}
