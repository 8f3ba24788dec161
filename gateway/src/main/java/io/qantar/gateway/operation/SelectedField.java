package io.qantar.gateway.operation;

import graphql.language.Argument;
import graphql.language.Field;
import graphql.schema.GraphQLOutputType;

import java.util.List;

/**
 * One entry of a normalised selection: a response key on a concrete object type, with fragments, aliases and
 * {@code @skip}/{@code @include} already resolved.
 */
public final class SelectedField {

    /** What the gateway must do to answer it. */
    public enum Kind {
        /** An ordinary field, answered by a subgraph. */
        FIELD,
        /** {@code __typename}: answered from the runtime type. */
        TYPENAME,
        /** {@code __schema} or {@code __type}: answered from the API schema. */
        INTROSPECTION
    }

    private final Kind kind;
    private final String responseKey;
    private final String name;
    private final List<Argument> arguments;
    private final GraphQLOutputType type;
    private final SelectionSet selection;
    private final List<Field> nodes;

    private SelectedField(Kind kind, String responseKey, String name, List<Argument> arguments,
                          GraphQLOutputType type, SelectionSet selection, List<Field> nodes) {
        this.kind = kind;
        this.responseKey = responseKey;
        this.name = name;
        this.arguments = List.copyOf(arguments);
        this.type = type;
        this.selection = selection;
        this.nodes = List.copyOf(nodes);
    }

    static SelectedField field(String responseKey, List<Field> nodes, GraphQLOutputType type, SelectionSet selection) {
        Field first = nodes.get(0);
        return new SelectedField(Kind.FIELD, responseKey, first.getName(), first.getArguments(), type, selection, List.of());
    }

    static SelectedField typename(String responseKey) {
        return new SelectedField(Kind.TYPENAME, responseKey, "__typename", List.of(), null, null, List.of());
    }

    static SelectedField introspection(String responseKey, List<Field> nodes) {
        return new SelectedField(Kind.INTROSPECTION, responseKey, nodes.get(0).getName(), List.of(), null, null, nodes);
    }

    /**
     * A field the planner needs although the client did not ask for it (a key or a required field): it has no
     * arguments and no API type, since it may be {@code @inaccessible}.
     */
    public static SelectedField plumbing(String responseKey, String name, SelectionSet selection) {
        return new SelectedField(Kind.FIELD, responseKey, name, List.of(), null, selection, List.of());
    }

    /** The same field with another sub-selection (what an operation policy left of it). */
    public SelectedField withSelection(SelectionSet newSelection) {
        return new SelectedField(kind, responseKey, name, arguments, type, newSelection, nodes);
    }

    /** Whether the planner added this field for its own needs. */
    public boolean isPlumbing() {
        return kind == Kind.FIELD && type == null;
    }

    public Kind kind() {
        return kind;
    }

    public String responseKey() {
        return responseKey;
    }

    public String name() {
        return name;
    }

    public List<Argument> arguments() {
        return arguments;
    }

    /** The field's type in the API schema; null for {@code __typename}, introspection and plumbing fields. */
    public GraphQLOutputType type() {
        return type;
    }

    /** The sub-selection, by concrete type; null for a leaf. */
    public SelectionSet selection() {
        return selection;
    }

    /** The document's field nodes merged under this response key (kept for introspection only). */
    public List<Field> nodes() {
        return nodes;
    }

    public boolean aliased() {
        return !responseKey.equals(name);
    }

    @Override
    public String toString() {
        return (aliased() ? responseKey + ": " : "") + name + (selection == null ? "" : " " + selection);
    }
}
