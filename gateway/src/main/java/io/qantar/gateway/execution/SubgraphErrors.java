package io.qantar.gateway.execution;

import io.qantar.gateway.client.SubgraphFailure;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Errors coming from subgraphs, shaped as Apollo's gateway shapes them: the subgraph's message and extensions,
 * plus {@code extensions.serviceName}, and {@code extensions.code} DOWNSTREAM_SERVICE_ERROR when the subgraph
 * gave no code; the path is rewritten into the client's response by the caller.
 */
final class SubgraphErrors {

    private SubgraphErrors() {
    }

    @SuppressWarnings("unchecked")
    static GraphQLError fromSubgraph(Map<String, Object> raw, String subgraph, List<Object> path) {
        Object message = raw.get("message");
        Map<String, Object> extensions = new LinkedHashMap<>();
        if (raw.get("extensions") instanceof Map<?, ?> original) {
            extensions.putAll((Map<String, Object>) original);
        }
        extensions.put("serviceName", subgraph);
        extensions.putIfAbsent("code", ErrorCodes.DOWNSTREAM_SERVICE_ERROR);
        String text = message instanceof String s && !s.isEmpty() ? s
                : "Error while fetching subquery from service \"" + subgraph + "\"";
        return new GraphQLError(text, List.of(), path, extensions);
    }

    /**
     * A call that brought no GraphQL response at all. The message names the subgraph and what happened to the call
     * ({@link SubgraphFailure}'s messages are written for clients); anything else is a bug, logged by the caller and
     * reported without its text, which could name a host, a port or a class.
     */
    static GraphQLError fromFailure(String subgraph, Throwable cause) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("serviceName", subgraph);
        extensions.put("code", ErrorCodes.DOWNSTREAM_SERVICE_ERROR);
        String message = cause instanceof SubgraphFailure failure ? failure.getMessage()
                : "Error while fetching subquery from service \"" + subgraph + "\".";
        return new GraphQLError(message, List.of(), null, extensions);
    }

    static GraphQLError failure(String subgraph, String reason) {
        Map<String, Object> extensions = new LinkedHashMap<>();
        extensions.put("serviceName", subgraph);
        extensions.put("code", ErrorCodes.DOWNSTREAM_SERVICE_ERROR);
        return new GraphQLError("Error while fetching subquery from service \"" + subgraph + "\": " + reason,
                List.of(), null, extensions);
    }
}
