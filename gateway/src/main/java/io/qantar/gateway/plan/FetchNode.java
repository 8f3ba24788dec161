package io.qantar.gateway.plan;

import java.util.List;

/**
 * One request to one subgraph.
 *
 * @param id             the fetch's number in the plan
 * @param subgraph       the subgraph name
 * @param operationName  the subgraph operation's name, or null
 * @param operation      the operation text sent to the subgraph
 * @param variableUsages the client variables the operation uses, forwarded with it
 * @param requires       for an entity fetch, what each representation carries; empty for a root fetch
 * @param selectionText  the selection, pretty-printed for the plan text
 * @param requiresText   the representation shape, pretty-printed for the plan text, or null
 */
public record FetchNode(int id, String subgraph, String operationName, String operation, List<String> variableUsages,
                        List<RequiredSelection> requires, String selectionText, String requiresText) implements PlanNode {

    public FetchNode {
        variableUsages = List.copyOf(variableUsages);
        requires = List.copyOf(requires);
    }

    public boolean isEntityFetch() {
        return !requires.isEmpty();
    }
}
