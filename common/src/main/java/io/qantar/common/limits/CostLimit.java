package io.qantar.common.limits;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import io.qantar.common.error.ErrorCodes;
import java.util.Map;

/**
 * Refuses, before any resolver runs, an operation whose {@link EstimatedCost} is over the limit, with
 * {@code COST_ESTIMATED_TOO_EXPENSIVE}. SmallRye's own complexity limit
 * ({@code quarkus.smallrye-graphql.instrumentation-query-complexity}) counts fields and cannot see that a
 * list nested in a list multiplies the work, which is what takes a service down.
 */
final class CostLimit extends MaxQueryComplexityInstrumentation {

    CostLimit(int maxCost, int assumedListSize) {
        super(maxCost, new EstimatedCost(assumedListSize));
    }

    @Override
    protected AbortExecutionException mkAbortException(int cost, int maxCost) {
        return new LimitExceeded(ErrorCodes.COST_ESTIMATED_TOO_EXPENSIVE,
                "The operation's estimated cost " + (cost == Integer.MAX_VALUE ? "is over " + cost : "is " + cost)
                        + ", over this service's limit of " + maxCost
                        + "; ask for smaller pages or nest fewer lists");
    }

    /** A refusal of the whole operation, with its code: graphql-java answers it with this error and no data. */
    static final class LimitExceeded extends AbortExecutionException {

        private final String code;

        LimitExceeded(String code, String message) {
            super(message);
            this.code = code;
        }

        @Override
        public Map<String, Object> getExtensions() {
            return Map.of(ErrorCodes.KEY, code);
        }
    }
}
