package io.qantar.gateway.supergraph;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;

import java.util.List;
import java.util.Optional;

/**
 * A field of an object or interface type of the supergraph, with the subgraphs that know it.
 *
 * @param parentType the type that declares it
 * @param name       the field name
 * @param type       its type in the supergraph
 * @param joins      one entry per {@code @join__field}; empty when every subgraph of the parent type resolves it
 */
public record FieldInfo(String parentType, String name, Type<?> type, List<FieldJoin> joins) {

    public FieldInfo {
        joins = List.copyOf(joins);
    }

    /** The named type under the list and non-null wrappers. */
    public String namedType() {
        return namedType(type);
    }

    public Optional<FieldJoin> join(String graph) {
        for (FieldJoin join : joins) {
            if (join.graph().equals(graph)) {
                return Optional.of(join);
            }
        }
        return Optional.empty();
    }

    static String namedType(Type<?> type) {
        Type<?> current = type;
        while (!(current instanceof TypeName)) {
            current = current instanceof NonNullType nonNull ? nonNull.getType() : ((ListType) current).getType();
        }
        return ((TypeName) current).getName();
    }

    /** How many list wrappers the type has: 0 for {@code Actor}, 1 for {@code [Actor!]!}, 2 for {@code [[Int]]}. */
    public int listDepth() {
        int depth = 0;
        Type<?> current = type;
        while (!(current instanceof TypeName)) {
            if (current instanceof ListType list) {
                depth++;
                current = list.getType();
            } else {
                current = ((NonNullType) current).getType();
            }
        }
        return depth;
    }
}
