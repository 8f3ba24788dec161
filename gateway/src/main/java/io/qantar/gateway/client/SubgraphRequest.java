package io.qantar.gateway.client;

import java.util.Map;

/**
 * One GraphQL request to a subgraph.
 *
 * @param endpoint      the subgraph
 * @param operationName the operation name, or null
 * @param query         the operation text
 * @param variables     the variable values, JSON-ready
 * @param headers       headers to send along (those the deployment propagates from the client request)
 * @param readOnly      whether the request only reads: a fetch of a query operation. Only such a request may
 *                      share the answer of an identical one already in flight; a mutation's fetches, even its
 *                      reads, must see the writes before them.
 */
public record SubgraphRequest(SubgraphEndpoint endpoint, String operationName, String query,
                              Map<String, Object> variables, Map<String, String> headers, boolean readOnly) {
}
