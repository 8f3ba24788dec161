package io.qantar.common.error;

import graphql.ExecutionResult;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where every GraphQL error of a service gets its {@code extensions.code}: refuses argument values no
 * resolver could be given before the operation runs ({@link OperationInputCheck}), and codes every error
 * of the result that has no code yet ({@link ErrorCoding}).
 */
final class ErrorCodeInstrumentation extends SimplePerformantInstrumentation {

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        List<GraphQLError> refused = OperationInputCheck.errorsIn(parameters.getExecutionContext());
        if (!refused.isEmpty()) {
            // graphql-java answers an aborted operation with these errors and no data.
            throw new AbortExecutionException(refused);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(
            ExecutionResult result, InstrumentationExecutionParameters parameters, InstrumentationState state) {
        return CompletableFuture.completedFuture(ErrorCoding.apply(result));
    }
}
