package io.qantar.gateway.pipeline;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.NormalizedOperation;

import java.util.ArrayList;
import java.util.List;

/**
 * What a caller may ask of an operation, applied after it is normalised and before it is planned: it may refuse
 * the operation (by throwing), or remove what the caller may not see and say so with errors. Defined here so that
 * the pipeline runs policies without knowing the layers that make them.
 */
public interface OperationPolicy {

    /** Applies no rule. */
    OperationPolicy NONE = new OperationPolicy() {
        @Override
        public Object cacheKey() {
            return List.of();
        }

        @Override
        public Outcome apply(NormalizedOperation operation) {
            return new Outcome(operation, List.of());
        }
    };

    /**
     * What of the caller the outcome depends on (their rights, not their identity). It is part of the plan cache
     * key, so a plan made for one caller's rights is never served to a caller with other rights.
     */
    Object cacheKey();

    /** The operation to plan, and the errors to answer beside its data. */
    Outcome apply(NormalizedOperation operation);

    /** The operation to plan and the errors for what was removed from it. */
    record Outcome(NormalizedOperation operation, List<GraphQLError> errors) {

        public Outcome {
            errors = List.copyOf(errors);
        }
    }

    /** The policies applied in order, each to what the previous one left. */
    static OperationPolicy all(List<OperationPolicy> policies) {
        if (policies.isEmpty()) {
            return NONE;
        }
        if (policies.size() == 1) {
            return policies.get(0);
        }
        List<OperationPolicy> copy = List.copyOf(policies);
        return new OperationPolicy() {
            @Override
            public Object cacheKey() {
                return copy.stream().map(OperationPolicy::cacheKey).toList();
            }

            @Override
            public Outcome apply(NormalizedOperation operation) {
                List<GraphQLError> errors = new ArrayList<>();
                NormalizedOperation current = operation;
                for (OperationPolicy policy : copy) {
                    Outcome outcome = policy.apply(current);
                    current = outcome.operation();
                    errors.addAll(outcome.errors());
                }
                return new Outcome(current, errors);
            }
        };
    }
}
