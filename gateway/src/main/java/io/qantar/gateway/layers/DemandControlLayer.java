package io.qantar.gateway.layers;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.OperationMeasure;
import io.qantar.gateway.pipeline.PreparedRequest;
import org.jboss.logging.Logger;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reports demand control's numbers once a request is answered. The estimate itself is made, and enforced, by the
 * pipeline before planning (an operation over a limit never reaches a layer's later hooks); this layer tells the
 * client the estimate when the deployment allows it ({@code extensions.cost}), and logs estimated and actual cost
 * on {@code io.qantar.gateway.cost} at DEBUG in a {@code key=value} form a log-based metric can read. The actual
 * cost counts the objects of the response, as the estimate counts an object 1.
 */
public final class DemandControlLayer implements Layer {

    /** Logger of the per-request cost line. */
    public static final String LOGGER = "io.qantar.gateway.cost";
    /** The response extension with the estimate, when exposed. */
    public static final String EXTENSION = "cost";

    private static final Logger LOG = Logger.getLogger(LOGGER);

    private final boolean exposeCost;

    public DemandControlLayer(boolean exposeCost) {
        this.exposeCost = exposeCost;
    }

    @Override
    public ExecutionResult beforeResponse(LayerRequest request, PreparedRequest prepared, ExecutionResult result) {
        OperationMeasure.Demand demand = prepared.demand();
        if (demand == null || !(exposeCost || LOG.isDebugEnabled())) {
            return result;
        }
        long actual = objects(result.data());
        if (LOG.isDebugEnabled()) {
            String name = prepared.plan().operation().name();
            LOG.debugf("operation=%s kind=%s estimated_cost=%d actual_cost=%d fields=%d errors=%d",
                    name == null ? "-" : name, prepared.kind().name().toLowerCase(java.util.Locale.ROOT),
                    demand.estimatedCost(), actual, Math.round(demand.fields()), result.errors().size());
        }
        if (!exposeCost) {
            return result;
        }
        Map<String, Object> cost = new LinkedHashMap<>();
        cost.put("estimated", demand.estimatedCost());
        cost.put("actual", actual);
        return result.withExtension(EXTENSION, cost);
    }

    /** The objects below the response's root: what the estimate counts 1 each for. */
    public static long objects(Object value) {
        long count = 0;
        if (value instanceof Map<?, ?> map) {
            for (Object child : map.values()) {
                count += (child instanceof Map<?, ?> ? 1 : 0) + objects(child);
            }
        } else if (value instanceof List<?> list) {
            for (Object child : list) {
                count += (child instanceof Map<?, ?> ? 1 : 0) + objects(child);
            }
        }
        return count;
    }
}
