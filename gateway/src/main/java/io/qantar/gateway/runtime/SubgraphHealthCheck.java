package io.qantar.gateway.runtime;

import io.qantar.gateway.client.CircuitBreakingClient;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;

/**
 * One subgraph's state as the gateway sees it, in the health group {@code subgraphs}
 * ({@code /q/health/group/subgraphs}): DOWN while its circuit breaker is open or probing. Deliberately not a
 * readiness check: the gateway still answers (with partial data) when a subgraph is down, and a readiness that
 * followed the subgraphs would take every replica out of the load balancer at once.
 */
final class SubgraphHealthCheck implements HealthCheck {

    private final String subgraph;
    private final CircuitBreakingClient client;

    SubgraphHealthCheck(String subgraph, CircuitBreakingClient client) {
        this.subgraph = subgraph;
        this.client = client;
    }

    @Override
    public HealthCheckResponse call() {
        CircuitBreakingClient.SubgraphState state = client.state(subgraph);
        HealthCheckResponseBuilder response = HealthCheckResponse.named("subgraph " + subgraph)
                .status(state.up())
                .withData("circuitBreaker", state.breaker())
                .withData("recentFailures", state.recentFailures());
        state.lastFailure().ifPresent(time -> response.withData("lastFailure", time.toString()));
        state.lastFailureKind().ifPresent(kind -> response.withData("lastFailureKind", kind));
        state.lastSuccess().ifPresent(time -> response.withData("lastSuccess", time.toString()));
        return response.build();
    }
}
