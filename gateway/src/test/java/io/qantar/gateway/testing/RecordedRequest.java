package io.qantar.gateway.testing;

import java.util.List;
import java.util.Map;

/**
 * A request a fake subgraph received.
 *
 * @param query      the operation text
 * @param variables  the variables
 * @param headers    the request headers, names lower-cased
 * @param startNanos when it arrived ({@link System#nanoTime()})
 * @param endNanos   when it was answered
 */
public record RecordedRequest(String query, Map<String, Object> variables, Map<String, String> headers,
                              long startNanos, long endNanos) {

    public boolean isEntityFetch() {
        return query.contains("_entities(");
    }

    @SuppressWarnings("unchecked")
    public List<Map<String, Object>> representations() {
        Object representations = variables.get("representations");
        return representations == null ? List.of() : (List<Map<String, Object>>) representations;
    }

    /** Whether the two requests were in flight at the same time. */
    public boolean overlaps(RecordedRequest other) {
        return startNanos < other.endNanos && other.startNanos < endNanos;
    }
}
