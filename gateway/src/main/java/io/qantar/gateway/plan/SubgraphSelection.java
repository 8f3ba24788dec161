package io.qantar.gateway.plan;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.AstPrinter;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.Value;
import graphql.language.VariableReference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The selection a fetch sends to its subgraph, built up while planning: fields by response key and inline
 * fragments by type condition. Adding what is already there merges. Entries print as Apollo orders them:
 * {@code __typename} first, then key fields, then the rest in insertion order.
 */
final class SubgraphSelection {

    /** Print order of an entry. */
    enum Rank { TYPENAME, KEY, OTHER }

    private final Map<String, Object> entries = new LinkedHashMap<>();

    private static final class FieldEntry {
        final String responseKey;
        final String name;
        final List<Argument> arguments;
        final String argumentsText;
        final SubgraphSelection selection;
        Rank rank;

        FieldEntry(String responseKey, String name, List<Argument> arguments, String argumentsText,
                   SubgraphSelection selection, Rank rank) {
            this.responseKey = responseKey;
            this.name = name;
            this.arguments = arguments;
            this.argumentsText = argumentsText;
            this.selection = selection;
            this.rank = rank;
        }
    }

    private record FragmentEntry(String typeCondition, SubgraphSelection selection) {
    }

    /**
     * Adds a field; returns its sub-selection to fill for a composite field, null for a leaf. The same response key
     * again must be the same field (validation and plumbing aliases guarantee it).
     */
    SubgraphSelection field(String responseKey, String name, List<Argument> arguments, boolean composite) {
        return field(responseKey, name, arguments, composite, Rank.OTHER);
    }

    SubgraphSelection field(String responseKey, String name, List<Argument> arguments, boolean composite, Rank rank) {
        String argumentsText = printArguments(arguments);
        Object existing = entries.get(responseKey);
        if (existing instanceof FieldEntry field) {
            if (!field.name.equals(name) || !field.argumentsText.equals(argumentsText)) {
                throw new PlanningException("two different fields answer to \"" + responseKey + "\"");
            }
            if (rank.ordinal() < field.rank.ordinal()) {
                field.rank = rank;
            }
            return field.selection;
        }
        SubgraphSelection selection = composite ? new SubgraphSelection() : null;
        entries.put(responseKey, new FieldEntry(responseKey, name, List.copyOf(arguments), argumentsText, selection,
                rank));
        return selection;
    }

    void typename() {
        field("__typename", "__typename", List.of(), false, Rank.TYPENAME);
    }

    /** The entries in print order (stable within a rank). */
    private List<Object> ordered() {
        List<Object> ordered = new ArrayList<>(entries.values());
        ordered.sort(Comparator.comparingInt(e -> e instanceof FieldEntry f ? f.rank.ordinal()
                : Rank.OTHER.ordinal()));
        return ordered;
    }

    SubgraphSelection fragment(String typeCondition) {
        String key = "... on " + typeCondition;
        Object existing = entries.get(key);
        if (existing instanceof FragmentEntry fragment) {
            return fragment.selection;
        }
        FragmentEntry fragment = new FragmentEntry(typeCondition, new SubgraphSelection());
        entries.put(key, fragment);
        return fragment.selection;
    }

    boolean isEmpty() {
        return entries.isEmpty();
    }

    /** Every empty composite selection gets {@code __typename}, so the printed selection is valid GraphQL. */
    void fillEmpty() {
        for (Object entry : entries.values()) {
            SubgraphSelection selection = entry instanceof FieldEntry f ? f.selection : ((FragmentEntry) entry).selection;
            if (selection != null) {
                if (selection.isEmpty()) {
                    selection.typename();
                } else {
                    selection.fillEmpty();
                }
            }
        }
    }

    void collectVariables(Set<String> names) {
        for (Object entry : entries.values()) {
            if (entry instanceof FieldEntry field) {
                field.arguments.forEach(a -> collectVariables(a.getValue(), names));
                if (field.selection != null) {
                    field.selection.collectVariables(names);
                }
            } else {
                ((FragmentEntry) entry).selection.collectVariables(names);
            }
        }
    }

    private static void collectVariables(Value<?> value, Set<String> names) {
        if (value instanceof VariableReference variable) {
            names.add(variable.getName());
        } else if (value instanceof ArrayValue array) {
            array.getValues().forEach(v -> collectVariables(v, names));
        } else if (value instanceof ObjectValue object) {
            for (ObjectField field : object.getObjectFields()) {
                collectVariables(field.getValue(), names);
            }
        }
    }

    /** Compact form for the wire: {@code {a b:c(x:1){d}}}. */
    void printCompact(StringBuilder out) {
        out.append('{');
        boolean first = true;
        for (Object entry : ordered()) {
            if (!first) {
                out.append(' ');
            }
            first = false;
            if (entry instanceof FieldEntry field) {
                if (!field.responseKey.equals(field.name)) {
                    out.append(field.responseKey).append(':');
                }
                out.append(field.name).append(field.argumentsText);
                if (field.selection != null) {
                    field.selection.printCompact(out);
                }
            } else {
                FragmentEntry fragment = (FragmentEntry) entry;
                out.append("...on ").append(fragment.typeCondition);
                fragment.selection.printCompact(out);
            }
        }
        out.append('}');
    }

    /** Indented form for the plan text, as Apollo prints fetches. */
    void printPretty(StringBuilder out, String indent) {
        out.append("{\n");
        String inner = indent + "  ";
        for (Object entry : ordered()) {
            out.append(inner);
            if (entry instanceof FieldEntry field) {
                if (!field.responseKey.equals(field.name)) {
                    out.append(field.responseKey).append(": ");
                }
                out.append(field.name).append(printArgumentsPretty(field.arguments));
                if (field.selection != null) {
                    out.append(' ');
                    field.selection.printPretty(out, inner);
                }
            } else {
                FragmentEntry fragment = (FragmentEntry) entry;
                out.append("... on ").append(fragment.typeCondition).append(' ');
                fragment.selection.printPretty(out, inner);
            }
            out.append('\n');
        }
        out.append(indent).append('}');
    }

    private static String printArgumentsPretty(List<Argument> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        List<String> printed = new ArrayList<>(arguments.size());
        for (Argument argument : arguments) {
            printed.add(AstPrinter.printAst(argument));
        }
        return "(" + String.join(", ", printed) + ")";
    }

    private static String printArguments(List<Argument> arguments) {
        if (arguments.isEmpty()) {
            return "";
        }
        List<String> printed = new ArrayList<>(arguments.size());
        for (Argument argument : arguments) {
            printed.add(argument.getName() + ":" + AstPrinter.printAstCompact(argument.getValue()));
        }
        return "(" + String.join(",", printed) + ")";
    }
}
