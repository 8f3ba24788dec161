package io.qantar.gateway.operation;

import java.util.Map;

/**
 * A GraphQL request as a client sends it.
 *
 * @param query         the document text
 * @param operationName the operation to run when the document holds several, or null
 * @param variables     raw variable values as decoded from JSON, never null
 * @param extensions    request extensions, never null
 */
public record GraphQLRequest(String query, String operationName, Map<String, Object> variables,
                             Map<String, Object> extensions) {

    public GraphQLRequest {
        variables = variables == null ? Map.of() : variables;
        extensions = extensions == null ? Map.of() : extensions;
    }

    public static GraphQLRequest of(String query) {
        return new GraphQLRequest(query, null, Map.of(), Map.of());
    }

    public static GraphQLRequest of(String query, Map<String, Object> variables) {
        return new GraphQLRequest(query, null, variables, Map.of());
    }
}
