package io.qantar.gateway.pipeline;

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
 * @param maxDepth         deepest selection nesting an operation may have
 * @param maxAliases       most aliases a document may use
 * @param planCacheSize    how many plans (and documents) are kept
 */
public record GatewaySettings(Map<String, SubgraphOverride> subgraphs, Duration subgraphTimeout,
                              List<String> propagateHeaders, int maxDepth, int maxAliases, int planCacheSize) {

    public GatewaySettings {
        subgraphs = Map.copyOf(subgraphs);
        propagateHeaders = List.copyOf(propagateHeaders);
    }

    public static GatewaySettings defaults() {
        return new GatewaySettings(Map.of(), Duration.ofSeconds(10), List.of("Authorization"), 64, 500, 1000);
    }

    public GatewaySettings withSubgraphTimeout(Duration timeout) {
        return new GatewaySettings(subgraphs, timeout, propagateHeaders, maxDepth, maxAliases, planCacheSize);
    }

    public GatewaySettings withSubgraph(String name, SubgraphOverride override) {
        Map<String, SubgraphOverride> copy = new HashMap<>(subgraphs);
        copy.put(name, override);
        return new GatewaySettings(copy, subgraphTimeout, propagateHeaders, maxDepth, maxAliases, planCacheSize);
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
