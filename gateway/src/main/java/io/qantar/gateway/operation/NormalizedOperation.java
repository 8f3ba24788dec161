package io.qantar.gateway.operation;

import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;

import java.util.List;
import java.util.Map;

/**
 * The operation to plan: its root selection normalised against the API schema, for given values of the
 * variables that {@code @skip}/{@code @include} use.
 *
 * @param kind                query or mutation
 * @param name                the operation name, or null
 * @param rootType            the API schema's root type for the operation
 * @param selection           the root selection
 * @param variableDefinitions the operation's variable definitions (subgraph fetches declare the ones they use)
 * @param fragments           the document's fragments (introspection is answered from the original nodes)
 */
public record NormalizedOperation(OperationDefinition.Operation kind, String name, String rootType,
                                  SelectionSet selection, List<VariableDefinition> variableDefinitions,
                                  Map<String, FragmentDefinition> fragments) {

    public List<SelectedField> rootFields() {
        return selection.fields(rootType);
    }
}
