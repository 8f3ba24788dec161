package io.qantar.gateway.plan;

import io.qantar.gateway.operation.NormalizedOperation;

/**
 * What it takes to answer one operation: the fetches and their order, plus the normalised operation the final
 * response is shaped from. Immutable and cached per (document, operation name, {@code @skip}/{@code @include} values).
 *
 * @param operation     the normalised operation
 * @param root          the fetches, or null when no subgraph is needed (introspection, {@code __typename})
 * @param introspection a query answering the root introspection fields from the API schema, or null
 */
public record QueryPlan(NormalizedOperation operation, PlanNode root, String introspection) {

    /** The plan in Apollo's query-plan text format. */
    public String text() {
        return QueryPlanPrinter.print(this);
    }

    /** How many subgraph fetches the plan makes (each at most once per request). */
    public int fetchCount() {
        return count(root);
    }

    private static int count(PlanNode node) {
        if (node instanceof SequenceNode sequence) {
            return sequence.nodes().stream().mapToInt(QueryPlan::count).sum();
        }
        if (node instanceof ParallelNode parallel) {
            return parallel.nodes().stream().mapToInt(QueryPlan::count).sum();
        }
        return node == null ? 0 : 1;
    }
}
