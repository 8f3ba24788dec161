package io.qantar.gateway.plan;

import java.util.List;

/** Children run one after the other: each needs what the previous ones fetched. */
public record SequenceNode(List<PlanNode> nodes) implements PlanNode {

    public SequenceNode {
        nodes = List.copyOf(nodes);
    }
}
