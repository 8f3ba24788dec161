package io.qantar.gateway.plan;

/** An entity fetch for every object found at {@code path}, its answers merged back into those objects. */
public record FlattenNode(ResponsePath path, FetchNode fetch) implements PlanNode {
}
