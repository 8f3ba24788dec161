package io.qantar.gateway.layers;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.pipeline.PreparedRequest;

import java.util.List;

/**
 * Puts the query plan into {@code extensions} when the request asks for it with a header, as Apollo's gateway
 * does. It shows how the supergraph is split between services, so production shows it to nobody unless configured
 * ({@code qantar.gateway.exposure.query-plan}); a caller it is not shown to gets the answer without it.
 */
public final class QueryPlanLayer implements Layer {

    private final Exposure exposure;

    /** Shows the plan to every caller who asks. */
    public QueryPlanLayer() {
        this(Exposure.ON);
    }

    public QueryPlanLayer(Exposure exposure) {
        this.exposure = exposure;
    }

    /** Request headers that ask for the query plan. */
    public static final List<String> HEADERS = List.of("Apollo-Query-Plan-Experimental", "X-Qantar-Query-Plan");
    /** Where the plan goes, the extension Apollo's gateway uses. */
    public static final String EXTENSION = "__queryPlanExperimental";

    @Override
    public ExecutionResult beforeResponse(LayerRequest request, PreparedRequest prepared, ExecutionResult result) {
        if (!asked(request) || !exposure.allows(request.caller())) {
            return result;
        }
        return result.withExtension(EXTENSION, prepared.plan().text());
    }

    static boolean asked(LayerRequest request) {
        return HEADERS.stream().map(request::header)
                .anyMatch(v -> v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false"));
    }
}
