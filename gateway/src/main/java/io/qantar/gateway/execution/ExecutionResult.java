package io.qantar.gateway.execution;

import io.qantar.gateway.error.GraphQLError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A GraphQL response: {@code data} (null when a non-null root field failed), {@code errors}, {@code extensions}.
 */
public record ExecutionResult(Map<String, Object> data, List<GraphQLError> errors, Map<String, Object> extensions) {

    public ExecutionResult {
        errors = List.copyOf(errors);
        extensions = extensions == null ? Map.of() : extensions;
    }

    public ExecutionResult withExtension(String key, Object value) {
        Map<String, Object> merged = new LinkedHashMap<>(extensions);
        merged.put(key, value);
        return new ExecutionResult(data, errors, merged);
    }

    /** The response as a JSON-ready map: {@code errors} first, as the spec recommends. */
    public Map<String, Object> toSpecification() {
        Map<String, Object> response = new LinkedHashMap<>(4);
        if (!errors.isEmpty()) {
            response.put("errors", errors.stream().map(GraphQLError::toSpecification).toList());
        }
        response.put("data", data);
        if (!extensions.isEmpty()) {
            response.put("extensions", extensions);
        }
        return response;
    }
}
