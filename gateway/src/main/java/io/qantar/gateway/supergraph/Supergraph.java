package io.qantar.gateway.supergraph;

import graphql.schema.GraphQLSchema;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A loaded supergraph: the subgraphs, what each of them resolves, and the API schema clients see.
 * Immutable, so that a request keeps a consistent view while a reload swaps in a new one.
 */
public final class Supergraph {

    private final String sdl;
    private final List<Subgraph> subgraphs;
    private final Map<String, Subgraph> subgraphsByName;
    private final Map<String, TypeInfo> types;
    private final Map<String, Set<String>> possibleTypes;
    private final String queryType;
    private final Optional<String> mutationType;
    private final List<FeatureLink> links;
    private final GraphQLSchema apiSchema;
    private final AccessRules access;
    private final CostDirectives cost;

    Supergraph(String sdl, List<Subgraph> subgraphs, Map<String, TypeInfo> types, String queryType,
               Optional<String> mutationType, List<FeatureLink> links, GraphQLSchema apiSchema, AccessRules access,
               CostDirectives cost) {
        this.sdl = sdl;
        this.subgraphs = List.copyOf(subgraphs);
        Map<String, Subgraph> byName = new LinkedHashMap<>();
        subgraphs.forEach(s -> byName.put(s.name(), s));
        this.subgraphsByName = Map.copyOf(byName);
        this.types = Map.copyOf(types);
        this.possibleTypes = computePossibleTypes(types);
        this.queryType = queryType;
        this.mutationType = mutationType;
        this.links = List.copyOf(links);
        this.apiSchema = apiSchema;
        this.access = access;
        this.cost = cost;
    }

    /** The authorization directives the supergraph declares. */
    public AccessRules access() {
        return access;
    }

    /** The demand-control directives ({@code @cost}, {@code @listSize}) the supergraph declares. */
    public CostDirectives cost() {
        return cost;
    }

    /** Reads a supergraph SDL, refusing it with a {@link SupergraphException} when it cannot be served. */
    public static Supergraph parse(String sdl) {
        return new SupergraphReader(sdl).read();
    }

    private static Map<String, Set<String>> computePossibleTypes(Map<String, TypeInfo> types) {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (TypeInfo type : types.values()) {
            if (type.kind() == TypeInfo.Kind.UNION) {
                Set<String> members = new LinkedHashSet<>();
                type.membersByGraph().values().forEach(members::addAll);
                result.put(type.name(), members);
            }
        }
        for (TypeInfo type : types.values()) {
            if (type.kind() == TypeInfo.Kind.OBJECT) {
                for (Set<String> interfaces : type.interfacesByGraph().values()) {
                    for (String anInterface : interfaces) {
                        result.computeIfAbsent(anInterface, k -> new LinkedHashSet<>()).add(type.name());
                    }
                }
            }
        }
        result.replaceAll((k, v) -> Set.copyOf(v));
        return Map.copyOf(result);
    }

    public String sdl() {
        return sdl;
    }

    /** The subgraphs in the order of {@code join__Graph}. */
    public List<Subgraph> subgraphs() {
        return subgraphs;
    }

    public Subgraph subgraph(String name) {
        Subgraph subgraph = subgraphsByName.get(name);
        if (subgraph == null) {
            throw new IllegalArgumentException("unknown subgraph " + name);
        }
        return subgraph;
    }

    public List<FeatureLink> links() {
        return links;
    }

    public GraphQLSchema apiSchema() {
        return apiSchema;
    }

    public String queryType() {
        return queryType;
    }

    public Optional<String> mutationType() {
        return mutationType;
    }

    public TypeInfo type(String name) {
        TypeInfo type = types.get(name);
        if (type == null) {
            throw new IllegalArgumentException("unknown type " + name);
        }
        return type;
    }

    public Optional<TypeInfo> findType(String name) {
        return Optional.ofNullable(types.get(name));
    }

    public FieldInfo field(String typeName, String fieldName) {
        FieldInfo field = type(typeName).fields().get(fieldName);
        if (field == null) {
            throw new IllegalArgumentException("unknown field " + typeName + "." + fieldName);
        }
        return field;
    }

    /** The object types a value of this type can have at runtime: itself for an object type. */
    public Set<String> possibleTypes(String typeName) {
        TypeInfo type = type(typeName);
        if (type.kind() == TypeInfo.Kind.OBJECT) {
            return Set.of(typeName);
        }
        return possibleTypes.getOrDefault(typeName, Set.of());
    }

    public boolean knowsType(String graph, String typeName) {
        return type(typeName).graphs().contains(graph);
    }

    /** Whether the subgraph may return an object of {@code objectType} where it declares {@code abstractType}. */
    public boolean isPossibleTypeInGraph(String graph, String abstractType, String objectType) {
        TypeInfo type = type(abstractType);
        if (type.kind() == TypeInfo.Kind.UNION) {
            return type.membersByGraph().getOrDefault(graph, Set.of()).contains(objectType);
        }
        if (type.kind() == TypeInfo.Kind.INTERFACE) {
            return type(objectType).interfacesByGraph().getOrDefault(graph, Set.of()).contains(abstractType);
        }
        return abstractType.equals(objectType) && knowsType(graph, objectType);
    }

    /** The subgraphs that can resolve a field, directly or through {@code _entities} with required fields. */
    public List<String> graphsResolving(String typeName, String fieldName) {
        FieldInfo field = field(typeName, fieldName);
        if (field.joins().isEmpty()) {
            return type(typeName).graphs();
        }
        return field.joins().stream().filter(FieldJoin::resolves).map(FieldJoin::graph).toList();
    }

    /** Whether a subgraph answers the field by itself, without a representation carrying required fields. */
    public boolean resolvesDirectly(String graph, String typeName, String fieldName) {
        FieldInfo field = field(typeName, fieldName);
        if (field.joins().isEmpty()) {
            return type(typeName).graphs().contains(graph);
        }
        return field.join(graph).map(FieldJoin::resolvesDirectly).orElse(false);
    }

    /** The field's type as the subgraph declares it (it may be narrower than the supergraph's). */
    public String namedTypeInGraph(String graph, String typeName, String fieldName) {
        FieldInfo field = field(typeName, fieldName);
        return field.join(graph).flatMap(FieldJoin::typeInGraph)
                .map(t -> FieldInfo.namedType(graphql.parser.Parser.parseType(t)))
                .orElse(field.namedType());
    }
}
