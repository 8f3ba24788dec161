package io.qantar.gateway.supergraph;

/**
 * A {@code @key} of an entity in one subgraph.
 *
 * @param graph      the subgraph name
 * @param fields     the key's field set
 * @param resolvable false when the subgraph only references the entity and cannot answer {@code _entities} for it
 */
public record EntityKey(String graph, FieldSet fields, boolean resolvable) {
}
