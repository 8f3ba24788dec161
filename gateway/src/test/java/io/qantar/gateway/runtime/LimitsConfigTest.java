package io.qantar.gateway.runtime;

import io.qantar.gateway.operation.OperationLimits;
import io.quarkus.runtime.configuration.DurationConverter;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@code qantar.gateway.limits.*} maps onto the limits, with the defaults of one place and the older keys kept. */
class LimitsConfigTest {

    private static OperationLimits limits(Map<String, String> properties) {
        SmallRyeConfig config = new SmallRyeConfigBuilder().withMapping(GatewayConfig.class)
                .withConverter(Duration.class, 200, new DurationConverter()) // Quarkus reads "10s"
                .withSources(new PropertiesConfigSource(properties, "test", 500)).build();
        return GatewayRuntime.limits(config.getConfigMapping(GatewayConfig.class));
    }

    @Test
    void defaultsAreOperationLimitsDefaults() {
        assertEquals(OperationLimits.DEFAULT, limits(Map.of()));
    }

    @Test
    void readsEachLimit() {
        OperationLimits limits = limits(Map.of("qantar.gateway.limits.max-cost", "123",
                "qantar.gateway.limits.max-depth", "9", "qantar.gateway.limits.max-fetches", "7",
                "qantar.gateway.limits.max-response-values", "99"));

        assertEquals(123, limits.maxCost());
        assertEquals(9, limits.maxDepth());
        assertEquals(7, limits.maxFetches());
        assertEquals(99, limits.maxResponseValues());
        assertEquals(OperationLimits.DEFAULT_MAX_ALIASES, limits.maxAliases());
    }

    @Test
    void theOlderDepthAndAliasKeysStillWork() {
        OperationLimits limits = limits(Map.of("qantar.gateway.max-depth", "40", "qantar.gateway.max-aliases", "30"));

        assertEquals(40, limits.maxDepth());
        assertEquals(30, limits.maxAliases());
    }
}
