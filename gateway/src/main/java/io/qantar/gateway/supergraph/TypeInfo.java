package io.qantar.gateway.supergraph;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A named type of the supergraph and what each subgraph knows of it.
 *
 * @param name               the type name
 * @param kind               its kind
 * @param graphs             the subgraphs that define it ({@code @join__type}), in supergraph order
 * @param keys               its entity keys, by subgraph; absent for a value type
 * @param fields             its fields by name, in declaration order (object and interface types)
 * @param interfacesByGraph  for object and interface types: the interfaces it implements in each subgraph
 * @param membersByGraph     for unions: the member types in each subgraph
 * @param enumValuesByGraph  for enums: the values each subgraph knows
 */
public record TypeInfo(String name, Kind kind, List<String> graphs, Map<String, List<EntityKey>> keys,
                       Map<String, FieldInfo> fields, Map<String, Set<String>> interfacesByGraph,
                       Map<String, Set<String>> membersByGraph, Map<String, Set<String>> enumValuesByGraph) {

    public enum Kind { OBJECT, INTERFACE, UNION, ENUM, SCALAR, INPUT_OBJECT }

    public boolean isAbstract() {
        return kind == Kind.INTERFACE || kind == Kind.UNION;
    }

    public boolean isComposite() {
        return kind == Kind.OBJECT || isAbstract();
    }

    public List<EntityKey> keys(String graph) {
        return keys.getOrDefault(graph, List.of());
    }

    public boolean isEntityIn(String graph) {
        return keys(graph).stream().anyMatch(EntityKey::resolvable);
    }
}
