package io.qantar.gateway.client;

import io.vertx.core.Future;

/** Sends operations to subgraphs without blocking; a failed call fails the future with a {@link SubgraphFailure}. */
public interface SubgraphClient {

    Future<SubgraphResponse> execute(SubgraphRequest request);

    /**
     * Sends a request that stops when {@code cancellation} fires: a call in flight is reset (the subgraph sees its
     * connection close) and fails with a {@link SubgraphFailure.Kind#CANCELLED} failure.
     */
    default Future<SubgraphResponse> execute(SubgraphRequest request, Cancellation cancellation) {
        return execute(request);
    }
}
