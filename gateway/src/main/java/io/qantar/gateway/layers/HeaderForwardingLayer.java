package io.qantar.gateway.layers;

import java.util.List;
import java.util.Map;

/**
 * Forwards the configured client headers (by default {@code Authorization}) to every subgraph call, so that each
 * subgraph can verify the caller itself. No other client header reaches a subgraph.
 */
public final class HeaderForwardingLayer implements Layer {

    private final List<String> names;

    public HeaderForwardingLayer(List<String> names) {
        this.names = List.copyOf(names);
    }

    @Override
    public void forwardHeaders(LayerRequest request, Map<String, String> headers) {
        for (String name : names) {
            String value = request.header(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
    }
}
