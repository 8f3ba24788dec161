package io.qantar.gateway.client;

import io.vertx.core.Future;

/** Sends operations to subgraphs without blocking; a failed call fails the future with a {@link SubgraphFailure}. */
public interface SubgraphClient {

    Future<SubgraphResponse> execute(SubgraphRequest request);
}
