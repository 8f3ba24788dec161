package io.qantar.gateway.plan;

import graphql.language.AstPrinter;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableReference;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.SelectedField;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The part of an operation that introspects the schema ({@code __schema}, {@code __type} at the root), as a
 * standalone document that graphql-java answers from the API schema, next to whatever the subgraphs answer.
 */
final class IntrospectionDocument {

    private IntrospectionDocument() {
    }

    static String build(NormalizedOperation operation) {
        List<Selection> selections = new ArrayList<>();
        for (SelectedField field : operation.rootFields()) {
            if (field.kind() == SelectedField.Kind.INTROSPECTION) {
                for (Field node : field.nodes()) {
                    selections.add(node.transform(b -> b.directives(List.of())));
                }
            }
        }
        if (selections.isEmpty()) {
            return null;
        }
        Set<String> fragmentNames = new LinkedHashSet<>();
        Set<String> variables = new LinkedHashSet<>();
        selections.forEach(s -> collect(s, operation, fragmentNames, variables));
        List<Definition> definitions = new ArrayList<>();
        definitions.add(OperationDefinition.newOperationDefinition()
                .operation(OperationDefinition.Operation.QUERY)
                .variableDefinitions(operation.variableDefinitions().stream()
                        .filter(d -> variables.contains(d.getName())).toList())
                .selectionSet(SelectionSet.newSelectionSet(selections).build())
                .build());
        fragmentNames.forEach(name -> definitions.add(operation.fragments().get(name)));
        return AstPrinter.printAstCompact(Document.newDocument().definitions(definitions).build());
    }

    private static void collect(Node<?> node, NormalizedOperation operation, Set<String> fragments, Set<String> variables) {
        if (node instanceof VariableReference variable) {
            variables.add(variable.getName());
        } else if (node instanceof FragmentSpread spread && fragments.add(spread.getName())) {
            FragmentDefinition fragment = operation.fragments().get(spread.getName());
            collect(fragment, operation, fragments, variables);
        }
        for (Node<?> child : node.getChildren()) {
            collect(child, operation, fragments, variables);
        }
    }
}
