package io.qantar.gateway.supergraph;

import graphql.language.Definition;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.InputObjectTypeDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.InterfaceTypeDefinition;
import graphql.language.ObjectTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.SchemaDefinition;
import graphql.language.Type;
import graphql.language.TypeDefinition;
import graphql.language.TypeName;
import graphql.language.UnionTypeDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.TypeDefinitionRegistry;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import graphql.schema.idl.errors.SchemaProblem;
import io.qantar.gateway.graphqljs.GraphQLJsIntrospection;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Derives the API schema from a supergraph the way Apollo does: the supergraph minus every element marked
 * {@code @inaccessible}, minus the definitions and applications of every linked spec (join, link, inaccessible,
 * tag...), and minus custom definitions of {@code @defer} and {@code @stream}.
 */
final class ApiSchemaFactory {

    private final Document supergraph;
    private final List<FeatureLink> links;
    private final String inaccessible;
    private final Set<String> hiddenTypes = new HashSet<>();

    ApiSchemaFactory(Document supergraph, List<FeatureLink> links) {
        this.supergraph = supergraph;
        this.links = links;
        this.inaccessible = links.stream()
                .filter(l -> l.identity().equals(SupergraphReader.INACCESSIBLE_IDENTITY))
                .map(l -> l.directiveName("inaccessible")).findFirst().orElse(null);
    }

    GraphQLSchema build() {
        for (Definition<?> definition : supergraph.getDefinitions()) {
            if (definition instanceof TypeDefinition<?> type && (isFeatureElement(type.getName()) || hidden(type))) {
                hiddenTypes.add(type.getName());
            }
        }
        TypeDefinitionRegistry registry = new TypeDefinitionRegistry();
        for (Definition<?> definition : supergraph.getDefinitions()) {
            Definition<?> visible = visible(definition);
            if (visible instanceof graphql.language.SDLDefinition<?> sdlDefinition) {
                registry.add(sdlDefinition).ifPresent(error -> {
                    throw new SupergraphException("cannot derive the API schema: " + error.getMessage());
                });
            }
        }
        GraphQLSchema schema;
        try {
            schema = UnExecutableSchemaGenerator.makeUnExecutableSchema(registry);
        } catch (SchemaProblem e) {
            throw new SupergraphException("cannot derive the API schema: " + e.getMessage(), e);
        }
        return asApolloServesIt(schema);
    }

    /**
     * The schema as introspection shows it in graphql-js, which Apollo's gateway uses. The directives graphql-java
     * adds on its own ({@code @defer}, {@code @experimental_disableErrorPropagation}) stay in the schema but not in
     * introspection: this gateway does not implement them, and operations using them are refused (see
     * {@code DocumentParser}).
     */
    private GraphQLSchema asApolloServesIt(GraphQLSchema schema) {
        List<String> definitionOrder = supergraph.getDefinitions().stream()
                .filter(d -> d instanceof TypeDefinition<?> type && !hiddenTypes.contains(type.getName()))
                .map(d -> ((TypeDefinition<?>) d).getName()).toList();
        return GraphQLJsIntrospection.apply(schema, definitionOrder);
    }

    private Definition<?> visible(Definition<?> definition) {
        if (definition instanceof SchemaDefinition schema) {
            return schema.transform(b -> b.directives(List.of()));
        }
        if (definition instanceof DirectiveDefinition directive) {
            String name = directive.getName();
            boolean customDeferOrStream = name.equals("defer") || name.equals("stream");
            return isFeatureElement("@" + name) || customDeferOrStream ? null : directive;
        }
        if (!(definition instanceof TypeDefinition<?> type) || hiddenTypes.contains(type.getName())) {
            return null;
        }
        if (type instanceof ObjectTypeDefinition object) {
            return object.transform(b -> b.directives(kept(object)).implementz(visibleTypes(object.getImplements()))
                    .fieldDefinitions(visibleFields(object.getFieldDefinitions())));
        }
        if (type instanceof InterfaceTypeDefinition anInterface) {
            return anInterface.transform(b -> b.directives(kept(anInterface))
                    .implementz(visibleTypes(anInterface.getImplements()))
                    .definitions(visibleFields(anInterface.getFieldDefinitions())));
        }
        if (type instanceof UnionTypeDefinition union) {
            return union.transform(b -> b.directives(kept(union)).memberTypes(visibleTypes(union.getMemberTypes())));
        }
        if (type instanceof EnumTypeDefinition anEnum) {
            return anEnum.transform(b -> b.directives(kept(anEnum)).enumValueDefinitions(
                    anEnum.getEnumValueDefinitions().stream().filter(v -> !hidden(v))
                            .map(v -> v.transform(vb -> vb.directives(kept(v)))).toList()));
        }
        if (type instanceof InputObjectTypeDefinition input) {
            return input.transform(b -> b.directives(kept(input))
                    .inputValueDefinitions(visibleInputValues(input.getInputValueDefinitions())));
        }
        if (type instanceof ScalarTypeDefinition scalar) {
            return scalar.transform(b -> b.directives(kept(scalar)));
        }
        return type;
    }

    private List<FieldDefinition> visibleFields(List<FieldDefinition> fields) {
        return fields.stream().filter(f -> !hidden(f)).map(f -> f.transform(b -> b.directives(kept(f))
                .inputValueDefinitions(visibleInputValues(f.getInputValueDefinitions())))).toList();
    }

    private List<InputValueDefinition> visibleInputValues(List<InputValueDefinition> values) {
        return values.stream().filter(v -> !hidden(v)).map(v -> v.transform(b -> b.directives(kept(v)))).toList();
    }

    @SuppressWarnings("rawtypes")
    private List<Type> visibleTypes(List<Type> types) {
        return types.stream().filter(t -> !hiddenTypes.contains(((TypeName) t).getName())).toList();
    }

    private boolean hidden(DirectivesContainer<?> element) {
        return inaccessible != null && !element.getDirectives(inaccessible).isEmpty();
    }

    /** The directives that stay in the API schema: those of no linked spec ({@code @deprecated}, {@code @specifiedBy}...). */
    private List<Directive> kept(DirectivesContainer<?> element) {
        return element.getDirectives().stream().filter(d -> !isFeatureElement("@" + d.getName())).toList();
    }

    private boolean isFeatureElement(String name) {
        return links.stream().anyMatch(l -> l.defines(name));
    }
}
