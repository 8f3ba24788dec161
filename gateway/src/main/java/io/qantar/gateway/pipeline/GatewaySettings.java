package io.qantar.gateway.pipeline;

import io.qantar.gateway.operation.OperationLimits;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a deployment configures about request handling.
 *
 * @param subgraphs        per-subgraph overrides, by subgraph name
 * @param subgraphTimeout  the default deadline of a subgraph call
 * @param propagateHeaders client request headers forwarded to every subgraph call
 * @param limits           what one operation may ask (size, depth, fields, cost, fetches)
 * @param planCacheSize    how many plans (and documents) are kept
 * @param requestTimeout   the overall deadline of one request's execution, whatever its subgraph calls' deadlines
 */
public record GatewaySettings(Map<String, SubgraphOverride> subgraphs, Duration subgraphTimeout,
                              List<String> propagateHeaders, OperationLimits limits, int planCacheSize,
                              Duration requestTimeout) {

    /** The default of {@link #requestTimeout()}, in the ISO-8601 form the configuration reads too. */
    public static final String DEFAULT_REQUEST_TIMEOUT = "PT30S";

    public GatewaySettings {
        subgraphs = Map.copyOf(subgraphs);
        propagateHeaders = List.copyOf(propagateHeaders);
    }

    public static GatewaySettings defaults() {
        return new GatewaySettings(Map.of(), Duration.ofSeconds(10), List.of("Authorization"), OperationLimits.DEFAULT,
                1000, Duration.parse(DEFAULT_REQUEST_TIMEOUT));
    }

    public GatewaySettings withSubgraphTimeout(Duration timeout) {
        return new GatewaySettings(subgraphs, timeout, propagateHeaders, limits, planCacheSize, requestTimeout);
    }

    public GatewaySettings withLimits(OperationLimits other) {
        return new GatewaySettings(subgraphs, subgraphTimeout, propagateHeaders, other, planCacheSize, requestTimeout);
    }

    public GatewaySettings withRequestTimeout(Duration timeout) {
        return new GatewaySettings(subgraphs, subgraphTimeout, propagateHeaders, limits, planCacheSize, timeout);
    }

    public GatewaySettings withSubgraph(String name, SubgraphOverride override) {
        Map<String, SubgraphOverride> copy = new HashMap<>(subgraphs);
        copy.put(name, override);
        return new GatewaySettings(copy, subgraphTimeout, propagateHeaders, limits, planCacheSize, requestTimeout);
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
