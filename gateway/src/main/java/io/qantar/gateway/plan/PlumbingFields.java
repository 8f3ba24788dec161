package io.qantar.gateway.plan;

import graphql.language.Field;
import graphql.language.InlineFragment;
import graphql.language.Selection;
import io.qantar.gateway.operation.SelectedField;
import io.qantar.gateway.operation.SelectionSet;
import io.qantar.gateway.supergraph.Supergraph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a key or {@code @requires} field set into plumbing fields the planner can place like client fields.
 * A plumbing field reuses the client's response key when the client selected the very same field, and takes an
 * alias when the client used that key for something else, so the two never overwrite each other.
 */
final class PlumbingFields {

    private final Supergraph supergraph;

    PlumbingFields(Supergraph supergraph) {
        this.supergraph = supergraph;
    }

    List<SelectedField> of(String type, graphql.language.SelectionSet fieldSet, List<SelectedField> siblings) {
        Map<String, SelectedField> result = new LinkedHashMap<>();
        collect(type, fieldSet, siblings, result);
        return List.copyOf(result.values());
    }

    private void collect(String type, graphql.language.SelectionSet fieldSet, List<SelectedField> siblings,
                         Map<String, SelectedField> result) {
        for (Selection<?> selection : fieldSet.getSelections()) {
            if (selection instanceof Field field) {
                SelectedField plumbing = plumbing(type, field, siblings);
                result.merge(plumbing.responseKey(), plumbing, PlumbingFields::merge);
            } else if (selection instanceof InlineFragment fragment && (fragment.getTypeCondition() == null
                    || fragment.getTypeCondition().getName().equals(type))) {
                collect(type, fragment.getSelectionSet(), siblings, result);
            }
        }
    }

    private SelectedField plumbing(String type, Field field, List<SelectedField> siblings) {
        String name = field.getName();
        if (name.equals("__typename")) {
            return SelectedField.plumbing(name, name, null);
        }
        SelectedField client = null;
        for (SelectedField sibling : siblings) {
            if (sibling.responseKey().equals(name)) {
                client = sibling;
                break;
            }
        }
        boolean same = client != null && client.name().equals(name) && client.arguments().isEmpty();
        String responseKey = client == null || same ? name : QueryPlanner.PLUMBING_ALIAS_PREFIX + name;
        if (field.getSelectionSet() == null) {
            return SelectedField.plumbing(responseKey, name, null);
        }
        String childType = supergraph.field(type, name).namedType();
        boolean abstractChild = supergraph.type(childType).isAbstract();
        Map<String, List<SelectedField>> byType = new LinkedHashMap<>();
        for (String objectType : supergraph.possibleTypes(childType)) {
            List<SelectedField> childSiblings = same && client.selection() != null
                    ? client.selection().fields(objectType) : List.of();
            Map<String, SelectedField> nested = new LinkedHashMap<>();
            if (abstractChild) {
                nested.put("__typename", SelectedField.plumbing("__typename", "__typename", null));
            }
            collect(objectType, field.getSelectionSet(), childSiblings, nested);
            byType.put(objectType, new ArrayList<>(nested.values()));
        }
        return SelectedField.plumbing(responseKey, name, new SelectionSet(byType));
    }

    /** The fields with duplicates (same response key) merged, first occurrence first. */
    static List<SelectedField> merge(List<SelectedField> fields) {
        Map<String, SelectedField> result = new LinkedHashMap<>();
        for (SelectedField field : fields) {
            result.merge(field.responseKey(), field, PlumbingFields::merge);
        }
        return new ArrayList<>(result.values());
    }

    static SelectedField merge(SelectedField a, SelectedField b) {
        if (a.selection() == null || b.selection() == null) {
            return a;
        }
        Map<String, List<SelectedField>> byType = new LinkedHashMap<>();
        for (String type : a.selection().types()) {
            List<SelectedField> combined = new ArrayList<>(a.selection().fields(type));
            combined.addAll(b.selection().fields(type));
            byType.put(type, merge(combined));
        }
        for (String type : b.selection().types()) {
            byType.putIfAbsent(type, b.selection().fields(type));
        }
        return SelectedField.plumbing(a.responseKey(), a.name(), new SelectionSet(byType));
    }
}
