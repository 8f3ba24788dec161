package io.qantar.gateway.plan;

/** A node of a query plan: the same four kinds as Apollo's QueryPlan. */
public sealed interface PlanNode permits SequenceNode, ParallelNode, FetchNode, FlattenNode {
}
