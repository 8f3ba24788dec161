package io.qantar.gateway.layers;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.OperationPolicy;
import io.qantar.gateway.pipeline.PreparedRequest;

import java.util.Map;

/**
 * One concern of the gateway's request path (CSRF, authentication, authorization...), as Apollo Router's
 * {@code layers/} split them. Each hook may refuse the request by throwing a {@link LayerRefusal}; the
 * {@link LayerChain} calls the layers in order, and the first refusal answers the request.
 */
public interface Layer {

    /** Before the request's body is read: only the method and headers are known. */
    default void beforeBody(LayerRequest request) {
    }

    /** After the GraphQL request (query, operation name, variables) is read. */
    default void afterRequest(LayerRequest request, GraphQLRequest graphql) {
    }

    /**
     * Before the operation is planned: a layer that depends on the operation (its kind, its fields) says how, or
     * empty when it does not. See {@link OperationPolicy}.
     */
    default OperationPolicy operationPolicy(LayerRequest request) {
        return null;
    }

    /** After the operation is prepared and planned, before any subgraph is called. */
    default void afterPreparation(LayerRequest request, PreparedRequest prepared) {
    }

    /** Adds the headers that every subgraph call of this request carries. */
    default void forwardHeaders(LayerRequest request, Map<String, String> headers) {
    }

    /** May add to the response before it is written. */
    default ExecutionResult beforeResponse(LayerRequest request, PreparedRequest prepared, ExecutionResult result) {
        return result;
    }
}
