package io.qantar.gateway.operation;

import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;

import java.util.List;
import java.util.Map;

/**
 * A document that parsed and validated against the API schema, ready for operation selection. Shared by every
 * request that sends the same text.
 *
 * @param text                the document text, the first half of a plan's cache key
 * @param document            the parsed document
 * @param operations          its operations in document order
 * @param fragments           its fragment definitions by name
 * @param conditionVariables  variables used by {@code @skip}/{@code @include}: their values select a plan
 */
public record ValidatedDocument(String text, Document document, List<OperationDefinition> operations,
                                Map<String, FragmentDefinition> fragments, List<String> conditionVariables) {

    /** Selects the operation to run, as the GraphQL spec's GetOperation does. */
    public OperationDefinition operation(String operationName) {
        if (operationName == null || operationName.isEmpty()) {
            if (operations.size() == 1) {
                return operations.get(0);
            }
            throw new RequestException(GraphQLError.of(
                    "Must provide operation name if query contains multiple operations.",
                    ErrorCodes.OPERATION_RESOLUTION_FAILURE));
        }
        for (OperationDefinition operation : operations) {
            if (operationName.equals(operation.getName())) {
                return operation;
            }
        }
        throw new RequestException(GraphQLError.of("Unknown operation named \"" + operationName + "\".",
                ErrorCodes.OPERATION_RESOLUTION_FAILURE));
    }
}
