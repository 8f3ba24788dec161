package io.qantar.gateway.runtime;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.client.BreakerSettings;
import io.qantar.gateway.client.CircuitBreakingClient;
import io.qantar.gateway.client.VertxSubgraphClient;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.supergraph.SupergraphWatcher;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.health.api.HealthRegistry;
import io.smallrye.health.registry.HealthRegistries;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.jboss.logging.Logger;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Wires the gateway into Quarkus: the subgraph client on the managed Vert.x, and the supergraph watcher. */
@ApplicationScoped
public class GatewayRuntime {

    private static final Logger LOG = Logger.getLogger(GatewayRuntime.class);

    private final Gateway gateway = new Gateway();
    private final Vertx vertx;
    private final GatewayConfig config;
    private final ObjectMapper json;
    private final HealthRegistry subgraphHealth;
    private CircuitBreakingClient client;
    private SupergraphWatcher watcher;

    public GatewayRuntime(Vertx vertx, GatewayConfig config, ObjectMapper json) {
        this.vertx = vertx;
        this.config = config;
        this.json = json;
        // The health group /q/health/group/subgraphs: its checks are registered per subgraph as supergraphs load
        // (SmallRye Health offers no injectable registry for a group).
        this.subgraphHealth = HealthRegistries.getHealthGroupRegistry("subgraphs");
    }

    @Produces
    @Singleton
    Gateway gateway() {
        return gateway;
    }

    void start(@Observes StartupEvent event) throws Exception {
        client = new CircuitBreakingClient(vertx, new VertxSubgraphClient(vertx, json, config.subgraphConnections(),
                config.deduplicateSubgraphRequests()), this::breakerSettings);
        GatewaySettings settings = settings();
        watcher = new SupergraphWatcher(vertx, config.supergraph(), config.supergraphPollInterval(),
                sdl -> install(sdl, settings));
        LOG.infof("reading the supergraph from %s (checked every %s)", watcher.origin(),
                config.supergraphPollInterval());
        watcher.start().toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }

    private void install(String sdl, GatewaySettings settings) {
        GatewayPipeline pipeline = new GatewayPipeline(Supergraph.parse(sdl), settings, client, vertx);
        gateway.install(pipeline);
        // One check per subgraph; re-registering a name replaces its check, and breakers outlive reloads.
        pipeline.endpoints().keySet().forEach(name -> subgraphHealth.register(name, new SubgraphHealthCheck(name, client)));
        LOG.infof("serving the supergraph from %s: %s", watcher.origin(), String.join(", ",
                pipeline.endpoints().values().stream().map(e -> e.name() + " at " + e.url()).toList()));
    }

    private GatewaySettings settings() {
        Map<String, GatewaySettings.SubgraphOverride> overrides = new LinkedHashMap<>();
        config.subgraphs().forEach((name, subgraph) -> overrides.put(name, new GatewaySettings.SubgraphOverride(
                subgraph.url().map(URI::create), subgraph.timeout())));
        return new GatewaySettings(overrides, config.subgraphTimeout(), limits(config),
                config.planCacheSize(), config.limits().requestTimeout());
    }

    @SuppressWarnings("deprecation")
    static OperationLimits limits(GatewayConfig config) {
        GatewayConfig.Limits limits = config.limits();
        return new OperationLimits(limits.maxBytes(), limits.maxTokens(),
                config.maxDepth().orElse(limits.maxDepth()), config.maxAliases().orElse(limits.maxAliases()),
                limits.maxRootFields(), limits.maxFields(), limits.maxListItems(), limits.maxCost(),
                limits.defaultPageSize(), limits.assumedListSize(), limits.maxFetches(),
                limits.maxResponseValues());
    }

    private BreakerSettings breakerSettings(String subgraph) {
        GatewayConfig.CircuitBreaker breaker = config.circuitBreaker();
        GatewayConfig.SubgraphConfig override = config.subgraphs().get(subgraph);
        boolean enabled = override != null && override.circuitBreakerEnabled().isPresent()
                ? override.circuitBreakerEnabled().get() : breaker.enabled();
        return new BreakerSettings(enabled, breaker.failureThreshold(), breaker.window(), breaker.resetTimeout());
    }

    void stop(@Observes ShutdownEvent event) {
        if (watcher != null) {
            watcher.close();
        }
        if (client != null) {
            client.close();
        }
    }
}
