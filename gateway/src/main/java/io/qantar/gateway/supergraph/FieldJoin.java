package io.qantar.gateway.supergraph;

import java.util.Optional;

/**
 * What one {@code @join__field} says about a field in one subgraph.
 *
 * @param graph          the subgraph name
 * @param external       the subgraph only carries the field (for keys, {@code @requires} or {@code @provides})
 * @param requires       fields of the parent the subgraph needs in the representation to resolve this field
 * @param provides       fields of the returned entity the subgraph can resolve along with this field
 * @param typeInGraph    the field's type in that subgraph when it differs from the supergraph's
 * @param overrides      the subgraph this field was moved from by {@code @override}
 * @param usedOverridden the subgraph still has the overridden field, for its own keys or requires only
 */
public record FieldJoin(String graph, boolean external, Optional<FieldSet> requires, Optional<FieldSet> provides,
                        Optional<String> typeInGraph, Optional<String> overrides, boolean usedOverridden) {

    /** Whether this subgraph answers the field itself, without anything from a representation. */
    public boolean resolvesDirectly() {
        return !external && !usedOverridden && requires.isEmpty();
    }

    /** Whether this subgraph can answer the field at all (possibly through {@code _entities} with requires). */
    public boolean resolves() {
        return !external && !usedOverridden;
    }
}
