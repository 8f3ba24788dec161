package io.qantar.gateway.pipeline;

import io.qantar.gateway.operation.OperationLimits;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * What a deployment configures about request handling.
 *
 * @param subgraphs        per-subgraph overrides, by subgraph name
 * @param subgraphTimeout  the default deadline of a subgraph call
 * @param limits           what one operation may ask (size, depth, fields, cost, fetches)
 * @param planCacheSize    how many plans (and documents) are kept
 * @param requestTimeout   the overall deadline of one request's execution, whatever its subgraph calls' deadlines
 */
public record GatewaySettings(Map<String, SubgraphOverride> subgraphs, Duration subgraphTimeout,
                              OperationLimits limits, int planCacheSize, Duration requestTimeout) {

    // The defaults, written once: GatewayConfig's @WithDefault values are these constants, in the ISO-8601 form
    // that the configuration reads too.

    /** The default of {@link #subgraphTimeout()}. */
    public static final String DEFAULT_SUBGRAPH_TIMEOUT = "PT10S";
    /** The default of {@link #planCacheSize()}. */
    public static final int DEFAULT_PLAN_CACHE_SIZE = 1000;
    /** The default of {@link #requestTimeout()}. */
    public static final String DEFAULT_REQUEST_TIMEOUT = "PT30S";

    public GatewaySettings {
        subgraphs = Map.copyOf(subgraphs);
    }

    public static GatewaySettings defaults() {
        return new GatewaySettings(Map.of(), Duration.parse(DEFAULT_SUBGRAPH_TIMEOUT), OperationLimits.DEFAULT,
                DEFAULT_PLAN_CACHE_SIZE, Duration.parse(DEFAULT_REQUEST_TIMEOUT));
    }

    public GatewaySettings withSubgraphTimeout(Duration timeout) {
        return new GatewaySettings(subgraphs, timeout, limits, planCacheSize, requestTimeout);
    }

    public GatewaySettings withLimits(OperationLimits other) {
        return new GatewaySettings(subgraphs, subgraphTimeout, other, planCacheSize, requestTimeout);
    }

    public GatewaySettings withRequestTimeout(Duration timeout) {
        return new GatewaySettings(subgraphs, subgraphTimeout, limits, planCacheSize, timeout);
    }

    public GatewaySettings withSubgraph(String name, SubgraphOverride override) {
        Map<String, SubgraphOverride> copy = new HashMap<>(subgraphs);
        copy.put(name, override);
        return new GatewaySettings(copy, subgraphTimeout, limits, planCacheSize, requestTimeout);
    }

    /** A subgraph's URL and timeout, when the deployment sets them. */
    public record SubgraphOverride(Optional<URI> url, Optional<Duration> timeout) {

        public static SubgraphOverride url(String url) {
            return new SubgraphOverride(Optional.of(URI.create(url)), Optional.empty());
        }

        public static SubgraphOverride timeout(Duration timeout) {
            return new SubgraphOverride(Optional.empty(), Optional.of(timeout));
        }
    }
}
