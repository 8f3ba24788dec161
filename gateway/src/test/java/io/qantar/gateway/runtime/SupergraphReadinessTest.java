package io.qantar.gateway.runtime;

import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.vertx.core.Vertx;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class SupergraphReadinessTest {

    @Test
    void isDownUntilASupergraphIsLoaded() {
        Gateway gateway = new Gateway();
        SupergraphReadiness readiness = new SupergraphReadiness(gateway);
        assertEquals(HealthCheckResponse.Status.DOWN, readiness.call().getStatus());

        Vertx vertx = Vertx.vertx();
        try {
            gateway.install(new GatewayPipeline(Supergraph.parse(FakeSubgraph.resource(ShopSubgraphs.SUPERGRAPH)),
                    GatewaySettings.defaults(), request -> { throw new AssertionError("no call expected"); }, vertx));
            assertEquals(HealthCheckResponse.Status.UP, readiness.call().getStatus());
        } finally {
            vertx.close();
        }
    }
}
