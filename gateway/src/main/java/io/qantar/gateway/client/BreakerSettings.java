package io.qantar.gateway.client;

import java.time.Duration;

/**
 * How a subgraph's circuit breaker behaves.
 *
 * @param enabled          whether calls go through a breaker at all
 * @param failureThreshold failures (see {@link SubgraphFailure#subgraphAtFault()}) within {@code window} that open it
 * @param window           how far back failures are counted
 * @param resetTimeout     how long it stays open before one probe call may go through (half-open)
 */
public record BreakerSettings(boolean enabled, int failureThreshold, Duration window, Duration resetTimeout) {

    public static final BreakerSettings DISABLED = new BreakerSettings(false, 5, Duration.ofSeconds(10),
            Duration.ofSeconds(5));

    public BreakerSettings {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("the circuit breaker's failure threshold must be at least 1");
        }
    }
}
