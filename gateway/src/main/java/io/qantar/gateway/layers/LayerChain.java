package io.qantar.gateway.layers;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.pipeline.OperationPolicy;
import io.qantar.gateway.pipeline.PreparedRequest;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The layers of the request path, called in order at each hook; the first refusal stops the request. */
public final class LayerChain {

    private final List<Layer> layers;

    public LayerChain(List<Layer> layers) {
        this.layers = List.copyOf(layers);
    }

    public List<Layer> layers() {
        return layers;
    }

    public void beforeBody(LayerRequest request) {
        for (Layer layer : layers) {
            layer.beforeBody(request);
        }
    }

    public void afterRequest(LayerRequest request, GraphQLRequest graphql) {
        for (Layer layer : layers) {
            layer.afterRequest(request, graphql);
        }
    }

    /** The layers' rules for this caller's operation, in chain order. */
    public OperationPolicy operationPolicy(LayerRequest request) {
        List<OperationPolicy> policies = new ArrayList<>(2);
        for (Layer layer : layers) {
            OperationPolicy policy = layer.operationPolicy(request);
            if (policy != null) {
                policies.add(policy);
            }
        }
        return OperationPolicy.all(policies);
    }

    public void afterPreparation(LayerRequest request, PreparedRequest prepared) {
        for (Layer layer : layers) {
            layer.afterPreparation(request, prepared);
        }
    }

    public Map<String, String> forwardedHeaders(LayerRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        for (Layer layer : layers) {
            layer.forwardHeaders(request, headers);
        }
        return headers;
    }

    public ExecutionResult beforeResponse(LayerRequest request, PreparedRequest prepared, ExecutionResult result) {
        ExecutionResult current = result;
        for (Layer layer : layers) {
            current = layer.beforeResponse(request, prepared, current);
        }
        return current;
    }
}
