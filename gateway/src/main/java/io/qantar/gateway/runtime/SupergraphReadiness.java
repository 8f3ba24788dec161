package io.qantar.gateway.runtime;

import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import java.util.Optional;

/** Ready once a supergraph is loaded: before that every GraphQL request would be refused. */
@Readiness
@ApplicationScoped
public class SupergraphReadiness implements HealthCheck {

    private final Gateway gateway;

    public SupergraphReadiness(Gateway gateway) {
        this.gateway = gateway;
    }

    @Override
    public HealthCheckResponse call() {
        Optional<GatewayPipeline> pipeline = gateway.current();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("supergraph").status(pipeline.isPresent());
        pipeline.ifPresent(p -> response.withData("subgraphs", String.join(",",
                p.supergraph().subgraphs().stream().map(s -> s.name()).toList())));
        return response.build();
    }
}
