package io.qantar.gateway.client;

import java.util.List;
import java.util.Map;

/**
 * A well-formed GraphQL response from a subgraph.
 *
 * @param data   the {@code data} object, or null
 * @param errors the {@code errors} entries as sent, possibly empty
 */
public record SubgraphResponse(Map<String, Object> data, List<Map<String, Object>> errors) {
}
