package io.qantar.gateway.plan;

import graphql.language.AstPrinter;
import graphql.language.VariableDefinition;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.SelectedField;
import io.qantar.gateway.operation.SelectionSet;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Freezes a planned {@link FetchGroup} into a {@link FetchNode}: the subgraph operation text and what it needs. */
final class FetchNodeFactory {

    private FetchNodeFactory() {
    }

    static FetchNode create(FetchGroup group, NormalizedOperation operation, boolean mutation) {
        group.selection.fillEmpty();
        Set<String> used = new LinkedHashSet<>();
        group.selection.collectVariables(used);
        List<VariableDefinition> definitions = operation.variableDefinitions().stream()
                .filter(d -> used.contains(d.getName())).toList();
        String operationName = operation.name() == null ? null
                : operation.name() + "__" + group.graph + "__" + group.id;

        StringBuilder text = new StringBuilder(mutation ? "mutation" : "query");
        if (operationName != null) {
            text.append(' ').append(operationName);
        }
        List<String> declarations = new ArrayList<>();
        if (group.entity) {
            declarations.add("$representations:[_Any!]!");
        }
        for (VariableDefinition definition : definitions) {
            declarations.add(declaration(definition));
        }
        if (!declarations.isEmpty()) {
            text.append('(').append(String.join(",", declarations)).append(')');
        }
        if (group.entity) {
            text.append("{_entities(representations:$representations)");
            group.selection.printCompact(text);
            text.append('}');
        } else {
            group.selection.printCompact(text);
        }

        StringBuilder selectionText = new StringBuilder();
        group.selection.printPretty(selectionText, "");
        List<RequiredSelection> requires = new ArrayList<>();
        String requiresText = null;
        if (group.entity) {
            SubgraphSelection printable = new SubgraphSelection();
            for (Map.Entry<String, List<SelectedField>> entry : group.requiresByType.entrySet()) {
                requires.add(new RequiredSelection(entry.getKey(), required(entry.getValue())));
                printRequired(printable.fragment(entry.getKey()), entry.getValue());
            }
            StringBuilder out = new StringBuilder();
            printable.printPretty(out, "");
            requiresText = out.toString();
        }
        return new FetchNode(group.id, group.graph, operationName, text.toString(),
                definitions.stream().map(VariableDefinition::getName).toList(), requires, selectionText.toString(),
                requiresText);
    }

    private static String declaration(VariableDefinition definition) {
        String declaration = "$" + definition.getName() + ":" + AstPrinter.printAstCompact(definition.getType());
        if (definition.getDefaultValue() != null) {
            declaration += "=" + AstPrinter.printAstCompact(definition.getDefaultValue());
        }
        return declaration;
    }

    private static List<RequiredField> required(List<SelectedField> fields) {
        List<RequiredField> result = new ArrayList<>(fields.size());
        for (SelectedField field : fields) {
            List<RequiredSelection> selections = new ArrayList<>();
            SelectionSet selection = field.selection();
            if (selection != null) {
                boolean abstractValue = selection.types().size() > 1
                        || selection.types().stream().anyMatch(t -> selection.fields(t).stream()
                        .anyMatch(f -> f.name().equals("__typename")));
                for (String type : selection.types()) {
                    selections.add(new RequiredSelection(abstractValue ? type : null, required(selection.fields(type))));
                }
            }
            result.add(new RequiredField(field.name(), field.responseKey(), selections));
        }
        return result;
    }

    /** Representations are printed by field name, as the subgraph receives them. */
    private static void printRequired(SubgraphSelection target, List<SelectedField> fields) {
        for (SelectedField field : fields) {
            SubgraphSelection sub = target.field(field.name(), field.name(), List.of(), field.selection() != null);
            if (field.selection() != null) {
                SelectionSet selection = field.selection();
                if (selection.types().size() == 1) {
                    printRequired(sub, selection.fields(selection.types().iterator().next()));
                } else {
                    for (String type : selection.types()) {
                        printRequired(sub.fragment(type), selection.fields(type));
                    }
                }
            }
        }
    }
}
