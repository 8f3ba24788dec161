package io.qantar.gateway.pipeline;

import graphql.language.OperationDefinition;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.plan.QueryPlan;

/**
 * A request that parsed, validated and has its plan: all that is left is to execute it.
 *
 * @param request the client's request
 * @param kind    query or mutation (an HTTP GET may only run queries)
 * @param plan    the plan
 */
public record PreparedRequest(GraphQLRequest request, OperationDefinition.Operation kind, QueryPlan plan) {
}
