package io.qantar.gateway.plan;

import java.util.List;

/** Children are independent and run at the same time. */
public record ParallelNode(List<PlanNode> nodes) implements PlanNode {

    public ParallelNode {
        nodes = List.copyOf(nodes);
    }
}
