package io.qantar.gateway.error;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An entry of a response's {@code errors}, as the GraphQL spec shapes it.
 *
 * @param message    for the client
 * @param locations  {@code [{line, column}]} in the client's document, or empty
 * @param path       the response path the error belongs to, or null for a request-wide error
 * @param extensions {@code code} and friends, in insertion order
 */
public record GraphQLError(String message, List<Map<String, Integer>> locations, List<Object> path,
                           Map<String, Object> extensions) {

    public GraphQLError {
        locations = locations == null ? List.of() : List.copyOf(locations);
        path = path == null ? null : Collections.unmodifiableList(new ArrayList<>(path));
        extensions = extensions == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(extensions));
    }

    public static GraphQLError of(String message, String code) {
        return new GraphQLError(message, List.of(), null, Map.of("code", code));
    }

    public GraphQLError withPath(List<Object> newPath) {
        return new GraphQLError(message, locations, newPath, extensions);
    }

    public String code() {
        Object code = extensions.get("code");
        return code instanceof String s ? s : null;
    }

    /** The error as a JSON-ready map with the spec's key order. */
    public Map<String, Object> toSpecification() {
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("message", message);
        if (!locations.isEmpty()) {
            result.put("locations", locations);
        }
        if (path != null) {
            result.put("path", path);
        }
        if (!extensions.isEmpty()) {
            result.put("extensions", extensions);
        }
        return result;
    }
}
