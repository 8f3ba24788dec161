package io.qantar.gateway.layers;

import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.SelectedField;
import io.qantar.gateway.operation.SelectionSet;
import io.qantar.gateway.supergraph.AccessRule;
import io.qantar.gateway.supergraph.AccessRules;
import io.qantar.gateway.supergraph.FieldInfo;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.supergraph.TypeInfo;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Removes from a normalised operation the fields a caller may not see, as Apollo Router's authorization plugin
 * does: a field is removed when its own rule, the rule of the same field on an interface its type implements, the
 * rule of the type it returns (and of each possible type, for an abstract one), or the rule of the root type is not
 * met. Each removed field gives one error at its response path ({@code "@"} stands for list items, as in Router's
 * paths). A field whose whole sub-selection was removed is removed too, without an error of its own.
 * One instance per operation.
 */
final class UnauthorizedFields {

    static final String MESSAGE = "Unauthorized field or type";
    static final String CODE = "UNAUTHORIZED_FIELD_OR_TYPE";

    private final Supergraph supergraph;
    private final AccessRules rules;
    private final Predicate<AccessRule> allowed;
    private final Map<String, Boolean> decisions = new HashMap<>();
    private final Set<List<Object>> removed = new LinkedHashSet<>();

    UnauthorizedFields(Supergraph supergraph, Predicate<AccessRule> allowed) {
        this.supergraph = supergraph;
        this.rules = supergraph.access();
        this.allowed = allowed;
    }

    /** The operation without what the caller may not see. */
    NormalizedOperation filter(NormalizedOperation operation) {
        boolean rootAllowed = allowed.test(rules.type(operation.rootType()));
        SelectionSet selection = filter(operation.selection(), List.of(), rootAllowed);
        if (selection == operation.selection()) {
            return operation;
        }
        return new NormalizedOperation(operation.kind(), operation.name(), operation.rootType(),
                selection == null ? new SelectionSet(Map.of()) : selection, operation.variableDefinitions(),
                operation.fragments());
    }

    /** One error per removed response path, in the order met. */
    List<GraphQLError> errors() {
        return removed.stream().map(path -> new GraphQLError(MESSAGE, null, path, Map.of("code", CODE))).toList();
    }

    boolean removedAny() {
        return !removed.isEmpty();
    }

    /** The selection that is left, the same instance when nothing was removed, or null when nothing is left. */
    private SelectionSet filter(SelectionSet selection, List<Object> path, boolean parentAllowed) {
        Map<String, List<SelectedField>> kept = new LinkedHashMap<>();
        boolean changed = false;
        boolean hadFields = false;
        boolean keptFields = false;
        for (String type : selection.types()) {
            List<SelectedField> fields = selection.fields(type);
            List<SelectedField> left = new ArrayList<>(fields.size());
            for (SelectedField field : fields) {
                hadFields = true;
                SelectedField after = filter(type, field, path, parentAllowed);
                if (after != field) {
                    changed = true;
                }
                if (after != null) {
                    left.add(after);
                }
            }
            keptFields |= !left.isEmpty();
            kept.put(type, left);
        }
        if (hadFields && !keptFields) {
            return null;
        }
        return changed ? new SelectionSet(kept) : selection;
    }

    private SelectedField filter(String type, SelectedField field, List<Object> path, boolean parentAllowed) {
        if (field.kind() != SelectedField.Kind.FIELD) {
            return field;
        }
        List<Object> fieldPath = append(path, field.responseKey());
        if (!parentAllowed || !allowed(type, field.name())) {
            removed.add(fieldPath);
            return null;
        }
        if (field.selection() == null) {
            return field;
        }
        List<Object> itemPath = fieldPath;
        for (int i = 0; i < listDepth(field.type()); i++) {
            itemPath = append(itemPath, "@");
        }
        SelectionSet selection = filter(field.selection(), itemPath, true);
        if (selection == null) {
            return null;
        }
        return selection == field.selection() ? field : field.withSelection(selection);
    }

    private boolean allowed(String type, String fieldName) {
        return decisions.computeIfAbsent(type + "." + fieldName, key -> allowed.test(rule(type, fieldName)));
    }

    /** Everything a field of a concrete type asks of the caller. */
    private AccessRule rule(String type, String fieldName) {
        AccessRule rule = rules.field(type, fieldName);
        TypeInfo parent = supergraph.findType(type).orElse(null);
        if (parent == null) {
            return rule;
        }
        Set<String> interfaces = new LinkedHashSet<>();
        parent.interfacesByGraph().values().forEach(interfaces::addAll);
        for (String anInterface : interfaces) {
            rule = rule.and(rules.field(anInterface, fieldName));
        }
        FieldInfo info = parent.fields().get(fieldName);
        if (info != null) {
            String returned = info.namedType();
            rule = rule.and(rules.type(returned));
            boolean isAbstract = supergraph.findType(returned).map(TypeInfo::isAbstract).orElse(false);
            if (isAbstract) {
                for (String possible : supergraph.possibleTypes(returned)) {
                    rule = rule.and(rules.type(possible));
                }
            }
        }
        return rule;
    }

    private static int listDepth(GraphQLType type) {
        int depth = 0;
        GraphQLType current = type;
        while (current instanceof GraphQLNonNull || current instanceof GraphQLList) {
            if (current instanceof GraphQLList list) {
                depth++;
                current = list.getWrappedType();
            } else {
                current = ((GraphQLNonNull) current).getWrappedType();
            }
        }
        return depth;
    }

    private static List<Object> append(List<Object> path, Object element) {
        List<Object> result = new ArrayList<>(path.size() + 1);
        result.addAll(path);
        result.add(element);
        return List.copyOf(result);
    }
}
