package io.qantar.gateway.pipeline;

import graphql.language.OperationDefinition;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.OperationMeasure;
import io.qantar.gateway.plan.QueryPlan;

import java.util.List;

/**
 * A request that parsed, validated and has its plan: all that is left is to execute it.
 *
 * @param request the client's request
 * @param kind    query or mutation (an HTTP GET may only run queries)
 * @param plan    the plan
 * @param errors  errors answered beside the data, for what an {@link OperationPolicy} removed
 * @param demand  what the operation asks for: its fields and estimated cost
 */
public record PreparedRequest(GraphQLRequest request, OperationDefinition.Operation kind, QueryPlan plan,
                              List<GraphQLError> errors, OperationMeasure.Demand demand) {

    public PreparedRequest {
        errors = List.copyOf(errors);
    }

    public PreparedRequest(GraphQLRequest request, OperationDefinition.Operation kind, QueryPlan plan,
                           List<GraphQLError> errors) {
        this(request, kind, plan, errors, null);
    }

    public PreparedRequest(GraphQLRequest request, OperationDefinition.Operation kind, QueryPlan plan) {
        this(request, kind, plan, List.of());
    }
}
