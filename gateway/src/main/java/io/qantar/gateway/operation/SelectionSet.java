package io.qantar.gateway.operation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A normalised selection on a composite type: for each object type a value may have at runtime, the fields to
 * answer, in the order the GraphQL spec's CollectFields gives them.
 */
public final class SelectionSet {

    private final Map<String, List<SelectedField>> fieldsByType;

    public SelectionSet(Map<String, List<SelectedField>> fieldsByType) {
        Map<String, List<SelectedField>> copy = new LinkedHashMap<>();
        fieldsByType.forEach((type, fields) -> copy.put(type, List.copyOf(fields)));
        this.fieldsByType = Collections.unmodifiableMap(copy);
    }

    public static SelectionSet of(String objectType, List<SelectedField> fields) {
        return new SelectionSet(Map.of(objectType, fields));
    }

    /** The fields for a runtime type; empty when the selection asks nothing of that type. */
    public List<SelectedField> fields(String objectType) {
        return fieldsByType.getOrDefault(objectType, List.of());
    }

    /** The runtime types this selection was normalised for. */
    public Set<String> types() {
        return fieldsByType.keySet();
    }

    @Override
    public String toString() {
        return fieldsByType.toString();
    }
}
