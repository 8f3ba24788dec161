package io.qantar.gateway.supergraph;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.EnumValue;
import graphql.language.EnumValueDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ObjectValue;
import graphql.language.OperationTypeDefinition;
import graphql.language.SDLExtensionDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.language.Value;
import graphql.parser.InvalidSyntaxException;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads the join and link machinery of a supergraph SDL into a {@link Supergraph}. */
final class SupergraphReader {

    static final String LINK_IDENTITY = "https://specs.apollo.dev/link";
    static final String JOIN_IDENTITY = "https://specs.apollo.dev/join";
    static final String INACCESSIBLE_IDENTITY = "https://specs.apollo.dev/inaccessible";
    static final String TAG_IDENTITY = "https://specs.apollo.dev/tag";
    /** Specs this gateway implements; a spec marked for EXECUTION or SECURITY outside this list is refused. */
    private static final Map<String, Set<String>> SUPPORTED = Map.of(
            LINK_IDENTITY, Set.of("v1.0"),
            JOIN_IDENTITY, Set.of("v0.2", "v0.3", "v0.4", "v0.5"),
            INACCESSIBLE_IDENTITY, Set.of("v0.1", "v0.2"),
            TAG_IDENTITY, Set.of("v0.1", "v0.2", "v0.3"),
            // Enforced by the gateway (layers/AuthorizationLayer) before any subgraph call.
            AccessRulesReader.AUTHENTICATED, Set.of("v0.1"),
            AccessRulesReader.REQUIRES_SCOPES, Set.of("v0.1"),
            AccessRulesReader.POLICY, Set.of("v0.1"));

    private final String sdl;
    private Document document;
    private List<FeatureLink> links;
    private FeatureLink join;
    private final Map<String, String> graphNamesByEnum = new LinkedHashMap<>();

    SupergraphReader(String sdl) {
        this.sdl = sdl;
    }

    Supergraph read() {
        document = parseDocument();
        SchemaDefinition schema = schemaDefinition();
        links = readLinks(schema);
        checkFeatureSupport();
        join = links.stream().filter(l -> l.identity().equals(JOIN_IDENTITY)).findFirst()
                .orElseThrow(() -> new SupergraphException("not a supergraph: the schema does not @link the join spec"));
        List<Subgraph> subgraphs = readSubgraphs();
        Map<String, TypeInfo> types = readTypes();
        String queryType = rootType(schema, "query").orElse("Query");
        Optional<String> mutationType = rootType(schema, "mutation")
                .or(() -> types.containsKey("Mutation") ? Optional.of("Mutation") : Optional.empty());
        if (!types.containsKey(queryType)) {
            throw new SupergraphException("the supergraph has no query type " + queryType);
        }
        var apiSchema = new ApiSchemaFactory(document, links).build();
        AccessRules access = new AccessRulesReader(links).read(document);
        CostDirectives cost = CostDirectives.read(document, links);
        return new Supergraph(sdl, subgraphs, types, queryType, mutationType, links, apiSchema, access, cost);
    }

    private Document parseDocument() {
        try {
            return SdlDocument.parse(sdl);
        } catch (InvalidSyntaxException e) {
            throw new SupergraphException("the supergraph is not valid GraphQL SDL: " + e.getMessage(), e);
        }
    }

    private SchemaDefinition schemaDefinition() {
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof SDLExtensionDefinition) {
                throw new SupergraphException("not a composed supergraph: it contains the extension "
                        + describe(definition) + "; compose the subgraphs with @apollo/composition or rover");
            }
        }
        return document.getDefinitionsOfType(SchemaDefinition.class).stream().findFirst()
                .orElseThrow(() -> new SupergraphException("not a supergraph: it has no schema definition with @link"));
    }

    private static String describe(Definition<?> definition) {
        return definition instanceof TypeDefinition<?> type ? type.getName() : definition.getClass().getSimpleName();
    }

    private static Optional<String> rootType(SchemaDefinition schema, String operation) {
        return schema.getOperationTypeDefinitions().stream()
                .filter(o -> o.getName().equals(operation))
                .map(OperationTypeDefinition::getTypeName).map(TypeName::getName).findFirst();
    }

    private List<FeatureLink> readLinks(SchemaDefinition schema) {
        if (!schema.getDirectives("core").isEmpty()) {
            throw new SupergraphException("this is a Federation 1 supergraph (@core); compose the subgraphs with "
                    + "Federation 2 (@apollo/composition 2.x or rover with federation_version 2)");
        }
        List<FeatureLink> result = new ArrayList<>();
        for (Directive directive : schema.getDirectives("link")) {
            String url = stringArgument(directive, "url")
                    .orElseThrow(() -> new SupergraphException("@link without url on the schema"));
            result.add(parseLink(url, directive));
        }
        if (result.stream().noneMatch(l -> l.identity().equals(LINK_IDENTITY))) {
            throw new SupergraphException("not a supergraph: the schema does not @link the link spec");
        }
        return result;
    }

    private static FeatureLink parseLink(String url, Directive directive) {
        String trimmed = url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
        int slash = trimmed.lastIndexOf('/');
        String version = slash >= 0 ? trimmed.substring(slash + 1) : "";
        String identity = slash >= 0 ? trimmed.substring(0, slash) : trimmed;
        if (!version.matches("v\\d+\\.\\d+")) {
            identity = trimmed;
            version = "";
        }
        String specName = identity.substring(identity.lastIndexOf('/') + 1);
        String nameInSchema = stringArgument(directive, "as").orElse(specName);
        Optional<String> purpose = Optional.ofNullable(directive.getArgument("for"))
                .map(Argument::getValue).filter(EnumValue.class::isInstance).map(v -> ((EnumValue) v).getName());
        Map<String, String> imports = new LinkedHashMap<>();
        Argument importArgument = directive.getArgument("import");
        if (importArgument != null && importArgument.getValue() instanceof ArrayValue array) {
            for (Value<?> value : array.getValues()) {
                if (value instanceof StringValue name) {
                    imports.put(name.getValue(), name.getValue());
                } else if (value instanceof ObjectValue object) {
                    String name = null;
                    String as = null;
                    for (ObjectField field : object.getObjectFields()) {
                        if (field.getValue() instanceof StringValue s) {
                            if (field.getName().equals("name")) {
                                name = s.getValue();
                            } else if (field.getName().equals("as")) {
                                as = s.getValue();
                            }
                        }
                    }
                    if (name != null) {
                        imports.put(name, as != null ? as : name);
                    }
                }
            }
        }
        return new FeatureLink(url, identity, version, nameInSchema, purpose, Map.copyOf(imports));
    }

    private void checkFeatureSupport() {
        List<String> problems = new ArrayList<>();
        for (FeatureLink link : links) {
            Set<String> versions = SUPPORTED.get(link.identity());
            boolean supported = versions != null && versions.contains(link.version());
            if (!supported && link.purpose().isPresent()) {
                problems.add("feature " + link.url() + " is for: " + link.purpose().get()
                        + " but is not supported by this gateway");
            } else if (!supported && versions != null && !link.identity().equals(TAG_IDENTITY)) {
                problems.add("feature " + link.url() + " has an unsupported version (supported: "
                        + String.join(", ", versions.stream().sorted().toList()) + ")");
            }
        }
        if (!problems.isEmpty()) {
            throw new SupergraphException(String.join("; ", problems));
        }    }

    private List<Subgraph> readSubgraphs() {
        String graphEnumName = join.nameInSchema() + "__Graph";
        EnumTypeDefinition graphEnum = document.getDefinitionsOfType(EnumTypeDefinition.class).stream()
                .filter(e -> e.getName().equals(graphEnumName)).findFirst()
                .orElseThrow(() -> new SupergraphException("not a supergraph: no enum " + graphEnumName));
        String graphDirective = join.directiveName("graph");
        List<Subgraph> subgraphs = new ArrayList<>();
        for (EnumValueDefinition value : graphEnum.getEnumValueDefinitions()) {
            Directive directive = value.getDirectives(graphDirective).stream().findFirst()
                    .orElseThrow(() -> new SupergraphException(graphEnumName + "." + value.getName()
                            + " has no @" + graphDirective));
            String name = stringArgument(directive, "name").orElseThrow(() -> new SupergraphException(
                    "@" + graphDirective + " on " + value.getName() + " has no name"));
            String url = stringArgument(directive, "url").orElse("");
            graphNamesByEnum.put(value.getName(), name);
            subgraphs.add(new Subgraph(name, value.getName(), url));
        }
        if (subgraphs.isEmpty()) {
            throw new SupergraphException("the supergraph declares no subgraph");
        }
        return subgraphs;
    }

    private Map<String, TypeInfo> readTypes() {
        Map<String, TypeInfo> types = new LinkedHashMap<>();
        for (Definition<?> definition : document.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type && !isFeatureType(type.getName())) {
                types.put(type.getName(), readType(type));
            }
        }
        return types;
    }

    private boolean isFeatureType(String name) {
        return links.stream().anyMatch(l -> l.defines(name));
    }

    private TypeInfo readType(TypeDefinition<?> definition) {
        String name = definition.getName();
        List<String> graphs = new ArrayList<>();
        Map<String, List<EntityKey>> keys = new LinkedHashMap<>();
        for (Directive joinType : definition.getDirectives(join.directiveName("type"))) {
            String graph = graphArgument(joinType, name);
            if (!graphs.contains(graph)) {
                graphs.add(graph);
            }
            if (booleanArgument(joinType, "isInterfaceObject", false)) {
                throw new SupergraphException("type " + name + " is an @interfaceObject in subgraph " + graph
                        + ": @interfaceObject is not supported by this gateway yet");
            }
            Optional<String> key = stringArgument(joinType, "key");
            if (key.isPresent()) {
                if (definition instanceof InterfaceTypeDefinition) {
                    throw new SupergraphException("interface " + name + " has a @key in subgraph " + graph
                            + ": entity interfaces are not supported by this gateway yet");
                }
                FieldSet fields = FieldSet.parse(key.get(), "the key of " + name + " in " + graph);
                keys.computeIfAbsent(graph, g -> new ArrayList<>())
                        .add(new EntityKey(graph, fields, booleanArgument(joinType, "resolvable", true)));
            }
        }
        keys.replaceAll((g, list) -> List.copyOf(list));
        TypeInfo.Kind kind = kindOf(definition);
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        Map<String, Set<String>> interfaces = new LinkedHashMap<>();
        Map<String, Set<String>> members = new LinkedHashMap<>();
        Map<String, Set<String>> enumValues = new LinkedHashMap<>();
        if (definition instanceof ImplementingTypeDefinition<?> implementing) {
            for (FieldDefinition field : implementing.getFieldDefinitions()) {
                fields.put(field.getName(), readField(name, field));
            }
            readInterfaces(implementing, graphs, interfaces);
        } else if (definition instanceof UnionTypeDefinition union) {
            readUnionMembers(union, graphs, members);
        } else if (definition instanceof EnumTypeDefinition anEnum) {
            readEnumValues(anEnum, graphs, enumValues);
        }
        return new TypeInfo(name, kind, List.copyOf(graphs), Map.copyOf(keys), unmodifiable(fields),
                freeze(interfaces), freeze(members), freeze(enumValues));
    }

    private static <V> Map<String, V> unmodifiable(Map<String, V> map) {
        return Collections.unmodifiableMap(map);
    }

    private static Map<String, Set<String>> freeze(Map<String, Set<String>> map) {
        Map<String, Set<String>> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(k, Collections.unmodifiableSet(new LinkedHashSet<>(v))));
        return Collections.unmodifiableMap(copy);
    }

    private static TypeInfo.Kind kindOf(TypeDefinition<?> definition) {
        if (definition instanceof ObjectTypeDefinition) {
            return TypeInfo.Kind.OBJECT;
        } else if (definition instanceof InterfaceTypeDefinition) {
            return TypeInfo.Kind.INTERFACE;
        } else if (definition instanceof UnionTypeDefinition) {
            return TypeInfo.Kind.UNION;
        } else if (definition instanceof EnumTypeDefinition) {
            return TypeInfo.Kind.ENUM;
        } else if (definition instanceof ScalarTypeDefinition) {
            return TypeInfo.Kind.SCALAR;
        } else if (definition instanceof InputObjectTypeDefinition) {
            return TypeInfo.Kind.INPUT_OBJECT;
        }
        throw new SupergraphException("unexpected definition " + definition.getName());
    }

    private void readInterfaces(ImplementingTypeDefinition<?> type, List<String> graphs,
                                Map<String, Set<String>> interfaces) {
        List<Directive> implementations = type.getDirectives(join.directiveName("implements"));
        if (implementations.isEmpty()) {
            // Older join versions do not record implementations per graph: every graph of the type has them all.
            for (String graph : graphs) {
                for (Type<?> anInterface : type.getImplements()) {
                    interfaces.computeIfAbsent(graph, g -> new LinkedHashSet<>())
                            .add(((TypeName) anInterface).getName());
                }
            }
            return;
        }
        for (Directive directive : implementations) {
            String graph = graphArgument(directive, type.getName());
            String anInterface = stringArgument(directive, "interface").orElseThrow(() -> new SupergraphException(
                    "@" + join.directiveName("implements") + " on " + type.getName() + " has no interface"));
            interfaces.computeIfAbsent(graph, g -> new LinkedHashSet<>()).add(anInterface);
        }
    }

    private void readUnionMembers(UnionTypeDefinition union, List<String> graphs, Map<String, Set<String>> members) {
        List<Directive> directives = union.getDirectives(join.directiveName("unionMember"));
        if (directives.isEmpty()) {
            for (String graph : graphs) {
                for (Type<?> member : union.getMemberTypes()) {
                    members.computeIfAbsent(graph, g -> new LinkedHashSet<>()).add(((TypeName) member).getName());
                }
            }
            return;
        }
        for (Directive directive : directives) {
            String graph = graphArgument(directive, union.getName());
            String member = stringArgument(directive, "member").orElseThrow(() -> new SupergraphException(
                    "@" + join.directiveName("unionMember") + " on " + union.getName() + " has no member"));
            members.computeIfAbsent(graph, g -> new LinkedHashSet<>()).add(member);
        }
    }

    private void readEnumValues(EnumTypeDefinition anEnum, List<String> graphs, Map<String, Set<String>> values) {
        String directiveName = join.directiveName("enumValue");
        for (EnumValueDefinition value : anEnum.getEnumValueDefinitions()) {
            List<Directive> directives = value.getDirectives(directiveName);
            if (directives.isEmpty()) {
                graphs.forEach(g -> values.computeIfAbsent(g, x -> new LinkedHashSet<>()).add(value.getName()));
            }
            for (Directive directive : directives) {
                values.computeIfAbsent(graphArgument(directive, anEnum.getName()), g -> new LinkedHashSet<>())
                        .add(value.getName());
            }
        }
    }

    private FieldInfo readField(String typeName, FieldDefinition field) {
        String where = typeName + "." + field.getName();
        List<FieldJoin> joins = new ArrayList<>();
        for (Directive directive : field.getDirectives(join.directiveName("field"))) {
            if (directive.getArgument("graph") == null || directive.getArgument("graph").getValue() instanceof NullValue) {
                // A @join__field without graph marks a field no subgraph resolves by itself (from @interfaceObject).
                throw new SupergraphException("field " + where + " has a @" + join.directiveName("field")
                        + " without graph: @interfaceObject fields are not supported by this gateway yet");
            }
            String graph = graphArgument(directive, where);
            if (directive.getArgument("contextArguments") != null) {
                throw new SupergraphException("field " + where + " in subgraph " + graph
                        + " uses @fromContext: contexts are not supported by this gateway yet");
            }
            if (stringArgument(directive, "overrideLabel").isPresent()) {
                throw new SupergraphException("field " + where + " in subgraph " + graph
                        + " uses progressive @override (label): not supported by this gateway yet");
            }
            joins.add(new FieldJoin(graph,
                    booleanArgument(directive, "external", false),
                    stringArgument(directive, "requires").map(fs -> FieldSet.parse(fs, "@requires of " + where)),
                    stringArgument(directive, "provides").map(fs -> FieldSet.parse(fs, "@provides of " + where)),
                    stringArgument(directive, "type"),
                    stringArgument(directive, "override"),
                    booleanArgument(directive, "usedOverridden", false)));
        }
        return new FieldInfo(typeName, field.getName(), field.getType(), joins);
    }

    private String graphArgument(Directive directive, String where) {
        Argument argument = directive.getArgument("graph");
        if (argument == null || !(argument.getValue() instanceof EnumValue value)) {
            throw new SupergraphException("@" + directive.getName() + " on " + where + " has no graph");
        }
        String graph = graphNamesByEnum.get(value.getName());
        if (graph == null) {
            throw new SupergraphException("@" + directive.getName() + " on " + where + " names the unknown graph "
                    + value.getName());
        }
        return graph;
    }

    private static Optional<String> stringArgument(Directive directive, String name) {
        Argument argument = directive.getArgument(name);
        return argument != null && argument.getValue() instanceof StringValue value
                ? Optional.of(value.getValue()) : Optional.empty();
    }

    private static boolean booleanArgument(Directive directive, String name, boolean fallback) {
        Argument argument = directive.getArgument(name);
        return argument != null && argument.getValue() instanceof BooleanValue value ? value.isValue() : fallback;
    }

    static boolean hasDirective(DirectivesContainer<?> element, String name) {
        return name != null && !element.getDirectives(name).isEmpty();
    }
}
