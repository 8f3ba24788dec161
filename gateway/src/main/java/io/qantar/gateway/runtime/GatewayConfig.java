package io.qantar.gateway.runtime;

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
    @WithDefault("10s")
    Duration subgraphTimeout();

    /** Client request headers forwarded to every subgraph call. */
    @WithDefault("Authorization")
    List<String> propagateHeaders();

    /** Deepest nesting of fields an operation may have. */
    @WithDefault("64")
    int maxDepth();

    /** Most aliases one document may use. */
    @WithDefault("500")
    int maxAliases();

    /** How many query plans (and parsed documents) are cached. */
    @WithDefault("1000")
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
