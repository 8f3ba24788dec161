package io.qantar.gateway.http;

import java.util.Map;

/**
 * The shop's fakes behind a gateway whose circuit breakers open after two failures and probe after a second, and
 * whose subgraph timeout is long (and reviews has no breaker), so that only cancellation can end a call to a stalled subgraph within a test.
 */
public class FaultsGatewayResource extends ShopGatewayResource {

    @Override
    public Map<String, String> start() {
        Map<String, String> config = new java.util.HashMap<>(super.start());
        config.put("qantar.gateway.subgraph-timeout", "60s");
        config.put("qantar.gateway.circuit-breaker.failure-threshold", "2");
        config.put("qantar.gateway.circuit-breaker.reset-timeout", "1s");
        config.put("qantar.gateway.subgraphs.reviews.circuit-breaker.enabled", "false");
        return config;
    }
}
