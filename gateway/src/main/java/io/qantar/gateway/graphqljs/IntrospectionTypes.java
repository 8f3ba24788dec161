package io.qantar.gateway.graphqljs;

import graphql.language.BooleanValue;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.FieldCoordinates;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLModifiedType;
import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeReference;
import graphql.schema.GraphQLUnionType;

import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;

import static graphql.schema.GraphQLList.list;
import static graphql.schema.GraphQLNonNull.nonNull;

/**
 * graphql-js 16's introspection types ({@code __Schema}, {@code __Type}, {@code __Field}, {@code __InputValue},
 * {@code __EnumValue}, {@code __Directive}, {@code __TypeKind}, {@code __DirectiveLocation}) as graphql-java types,
 * with their resolvers. graphql-java's own differ in descriptions, field order, nullability and fields
 * ({@code __Directive.isDeprecated}, {@code __Type.specifiedByUrl}), and every client that diffs schemas sees it.
 *
 * <p>Built per schema, over that schema's {@code String} and {@code Boolean}; the types refer to each other by
 * name where a reference is circular, so they are ready once a schema is built with them.
 */
final class IntrospectionTypes {

    /** What the resolvers need from the schema beyond its types: the order graphql-js gives things. */
    record SchemaView(List<String> typeOrder, List<IntrospectedDirective> directives,
                      Map<String, List<String>> implementations) {
    }

    private static final GraphQLTypeReference TYPE = GraphQLTypeReference.typeRef("__Type");

    private final GraphQLScalarType string;
    private final GraphQLScalarType bool;
    private final GraphQLObjectType schemaType;

    IntrospectionTypes(GraphQLScalarType string, GraphQLScalarType bool) {
        this.string = string;
        this.bool = bool;
        GraphQLObjectType inputValue = inputValueType();
        GraphQLObjectType type = typeType(fieldType(inputValue), enumValueType(), inputValue);
        this.schemaType = schemaType(type, directiveType(inputValue));
    }

    /** The root of the introspection types: {@code __Schema}, from which the others are reached. */
    GraphQLObjectType schemaType() {
        return schemaType;
    }

    private GraphQLObjectType schemaType(GraphQLObjectType type, GraphQLObjectType directive) {
        return GraphQLObjectType.newObject().name("__Schema")
                .description("A GraphQL Schema defines the capabilities of a GraphQL server. It exposes all available "
                        + "types and directives on the server, as well as the entry points for query, mutation, and "
                        + "subscription operations.")
                .field(field("description", string))
                .field(field("types", nonNull(list(nonNull(type))))
                        .description("A list of all types supported by this server."))
                .field(field("queryType", nonNull(type))
                        .description("The type that query operations will be rooted at."))
                .field(field("mutationType", type)
                        .description("If this server supports mutation, the type that mutation operations will be rooted at."))
                .field(field("subscriptionType", type).description(
                        "If this server support subscription, the type that subscription operations will be rooted at."))
                .field(field("directives", nonNull(list(nonNull(directive))))
                        .description("A list of all directives supported by this server.")
                        .argument(includeDeprecated(nonNull(bool))))
                .build();
    }

    private GraphQLObjectType directiveType(GraphQLObjectType inputValue) {
        return GraphQLObjectType.newObject().name("__Directive")
                .description("A Directive provides a way to describe alternate runtime execution and type validation "
                        + "behavior in a GraphQL document.\n\nIn some cases, you need to provide options to alter "
                        + "GraphQL's execution behavior in ways field arguments will not suffice, such as conditionally "
                        + "including or skipping a field. Directives provide this by describing additional information "
                        + "to the executor.")
                .field(field("name", nonNull(string)))
                .field(field("description", string))
                .field(field("isRepeatable", nonNull(bool)))
                .field(field("locations", nonNull(list(nonNull(directiveLocationType())))))
                .field(field("args", nonNull(list(nonNull(inputValue)))).argument(includeDeprecated(bool)))
                .field(field("isDeprecated", nonNull(bool)))
                .field(field("deprecationReason", string))
                .build();
    }

    private static GraphQLEnumType directiveLocationType() {
        GraphQLEnumType.Builder locations = GraphQLEnumType.newEnum().name("__DirectiveLocation")
                .description("A Directive can be adjacent to many parts of the GraphQL language, a "
                        + "__DirectiveLocation describes one such possible adjacencies.");
        String[][] values = {
                {"QUERY", "a query operation"},
                {"MUTATION", "a mutation operation"},
                {"SUBSCRIPTION", "a subscription operation"},
                {"FIELD", "a field"},
                {"FRAGMENT_DEFINITION", "a fragment definition"},
                {"FRAGMENT_SPREAD", "a fragment spread"},
                {"INLINE_FRAGMENT", "an inline fragment"},
                {"VARIABLE_DEFINITION", "a variable definition"},
                {"SCHEMA", "a schema definition"},
                {"SCALAR", "a scalar definition"},
                {"OBJECT", "an object type definition"},
                {"FIELD_DEFINITION", "a field definition"},
                {"ARGUMENT_DEFINITION", "an argument definition"},
                {"INTERFACE", "an interface definition"},
                {"UNION", "a union definition"},
                {"ENUM", "an enum definition"},
                {"ENUM_VALUE", "an enum value definition"},
                {"INPUT_OBJECT", "an input object type definition"},
                {"INPUT_FIELD_DEFINITION", "an input object field definition"},
                {"DIRECTIVE_DEFINITION", "a directive definition"},
        };
        for (String[] value : values) {
            locations.value(value[0], value[0], "Location adjacent to " + value[1] + ".");
        }
        return locations.build();
    }

    private GraphQLObjectType typeType(GraphQLObjectType field, GraphQLObjectType enumValue,
                                       GraphQLObjectType inputValue) {
        return GraphQLObjectType.newObject().name("__Type")
                .description("The fundamental unit of any GraphQL Schema is the type. There are many kinds of types in "
                        + "GraphQL as represented by the `__TypeKind` enum.\n\nDepending on the kind of a type, certain "
                        + "fields describe information about that type. Scalar types provide no information beyond a "
                        + "name, description and optional `specifiedByURL`, while Enum types provide their values. "
                        + "Object and Interface types provide the fields they describe. Abstract types, Union and "
                        + "Interface, provide the Object types possible at runtime. List and NonNull types compose "
                        + "other types.")
                .field(field("kind", nonNull(typeKindType())))
                .field(field("name", string))
                .field(field("description", string))
                .field(field("specifiedByURL", string))
                .field(field("fields", list(nonNull(field))).argument(includeDeprecated(bool)))
                .field(field("interfaces", list(nonNull(TYPE))))
                .field(field("possibleTypes", list(nonNull(TYPE))))
                .field(field("enumValues", list(nonNull(enumValue))).argument(includeDeprecated(bool)))
                .field(field("inputFields", list(nonNull(inputValue))).argument(includeDeprecated(bool)))
                .field(field("ofType", TYPE))
                .field(field("isOneOf", bool))
                .build();
    }

    private static GraphQLEnumType typeKindType() {
        return GraphQLEnumType.newEnum().name("__TypeKind")
                .description("An enum describing what kind of type a given `__Type` is.")
                .value("SCALAR", "SCALAR", "Indicates this type is a scalar.")
                .value("OBJECT", "OBJECT", "Indicates this type is an object. `fields` and `interfaces` are valid fields.")
                .value("INTERFACE", "INTERFACE",
                        "Indicates this type is an interface. `fields`, `interfaces`, and `possibleTypes` are valid fields.")
                .value("UNION", "UNION", "Indicates this type is a union. `possibleTypes` is a valid field.")
                .value("ENUM", "ENUM", "Indicates this type is an enum. `enumValues` is a valid field.")
                .value("INPUT_OBJECT", "INPUT_OBJECT",
                        "Indicates this type is an input object. `inputFields` is a valid field.")
                .value("LIST", "LIST", "Indicates this type is a list. `ofType` is a valid field.")
                .value("NON_NULL", "NON_NULL", "Indicates this type is a non-null. `ofType` is a valid field.")
                .build();
    }

    private GraphQLObjectType fieldType(GraphQLObjectType inputValue) {
        return GraphQLObjectType.newObject().name("__Field")
                .description("Object and Interface types are described by a list of Fields, each of which has a name, "
                        + "potentially a list of arguments, and a return type.")
                .field(field("name", nonNull(string)))
                .field(field("description", string))
                .field(field("args", nonNull(list(nonNull(inputValue)))).argument(includeDeprecated(bool)))
                .field(field("type", nonNull(TYPE)))
                .field(field("isDeprecated", nonNull(bool)))
                .field(field("deprecationReason", string))
                .build();
    }

    private GraphQLObjectType inputValueType() {
        return GraphQLObjectType.newObject().name("__InputValue")
                .description("Arguments provided to Fields or Directives and the input fields of an InputObject are "
                        + "represented as Input Values which describe their type and optionally a default value.")
                .field(field("name", nonNull(string)))
                .field(field("description", string))
                .field(field("type", nonNull(TYPE)))
                .field(field("defaultValue", string)
                        .description("A GraphQL-formatted string representing the default value for this input value."))
                .field(field("isDeprecated", nonNull(bool)))
                .field(field("deprecationReason", string))
                .build();
    }

    private GraphQLObjectType enumValueType() {
        return GraphQLObjectType.newObject().name("__EnumValue")
                .description("One possible value for a given Enum. Enum values are unique values, not a placeholder "
                        + "for a string or numeric value. However an Enum value is returned in a JSON response as a "
                        + "string.")
                .field(field("name", nonNull(string)))
                .field(field("description", string))
                .field(field("isDeprecated", nonNull(bool)))
                .field(field("deprecationReason", string))
                .build();
    }

    private static GraphQLFieldDefinition.Builder field(String name, GraphQLOutputType type) {
        return GraphQLFieldDefinition.newFieldDefinition().name(name).type(type);
    }

    private static GraphQLArgument includeDeprecated(GraphQLInputType type) {
        return GraphQLArgument.newArgument().name("includeDeprecated").type(type)
                .defaultValueLiteral(BooleanValue.of(false)).build();
    }

    // ------------------------------------------------------------------------------------------------ resolvers

    /** The code registry with a resolver for every field of the introspection types, replacing graphql-java's. */
    static GraphQLCodeRegistry register(GraphQLCodeRegistry registry, SchemaView view) {
        return registry.transform(code -> {
            new Resolvers<>(code, "__Schema", GraphQLSchema.class)
                    .resolve("description", GraphQLSchema::getDescription)
                    .resolve("types", schema -> view.typeOrder().stream().map(schema::getType).toList())
                    .resolve("queryType", GraphQLSchema::getQueryType)
                    .resolve("mutationType", GraphQLSchema::getMutationType)
                    .resolve("subscriptionType", GraphQLSchema::getSubscriptionType)
                    // No directive of an API schema is deprecated (SDL has no directives on directive definitions),
                    // so includeDeprecated changes nothing.
                    .resolve("directives", schema -> view.directives());
            new Resolvers<>(code, "__Directive", IntrospectedDirective.class)
                    .resolve("name", IntrospectedDirective::name)
                    .resolve("description", IntrospectedDirective::description)
                    .resolve("isRepeatable", IntrospectedDirective::repeatable)
                    .resolve("locations", IntrospectedDirective::locations)
                    .resolve("args", (directive, env) ->
                            withDeprecated(directive.arguments(), GraphQLArgument::isDeprecated, env))
                    .resolve("isDeprecated", directive -> false)
                    .resolve("deprecationReason", directive -> null);
            new Resolvers<>(code, "__Type", Object.class)
                    .resolve("kind", IntrospectionTypes::kind)
                    .resolve("name", type -> type instanceof GraphQLNamedSchemaElement named ? named.getName() : null)
                    .resolve("description", type ->
                            type instanceof GraphQLNamedSchemaElement named ? SpecifiedScalars.description(named) : null)
                    .resolve("specifiedByURL", type ->
                            type instanceof GraphQLScalarType scalar ? scalar.getSpecifiedByUrl() : null)
                    .resolve("fields", (type, env) -> type instanceof GraphQLFieldsContainer container
                            ? withDeprecated(container.getFieldDefinitions(), GraphQLFieldDefinition::isDeprecated, env)
                            : null)
                    .resolve("interfaces", type ->
                            type instanceof GraphQLImplementingType implementing ? implementing.getInterfaces() : null)
                    .resolve("possibleTypes", (type, env) -> possibleTypes(type, view, env.getGraphQLSchema()))
                    .resolve("enumValues", (type, env) -> type instanceof GraphQLEnumType enumType
                            ? withDeprecated(enumType.getValues(), GraphQLEnumValueDefinition::isDeprecated, env)
                            : null)
                    .resolve("inputFields", (type, env) -> type instanceof GraphQLInputObjectType input
                            ? withDeprecated(input.getFieldDefinitions(), GraphQLInputObjectField::isDeprecated, env)
                            : null)
                    .resolve("ofType", type ->
                            type instanceof GraphQLModifiedType modified ? modified.getWrappedType() : null)
                    .resolve("isOneOf", type -> type instanceof GraphQLInputObjectType input ? input.isOneOf() : null);
            new Resolvers<>(code, "__Field", GraphQLFieldDefinition.class)
                    .resolve("name", GraphQLFieldDefinition::getName)
                    .resolve("description", GraphQLFieldDefinition::getDescription)
                    .resolve("args", (field, env) ->
                            withDeprecated(field.getArguments(), GraphQLArgument::isDeprecated, env))
                    .resolve("type", GraphQLFieldDefinition::getType)
                    .resolve("isDeprecated", GraphQLFieldDefinition::isDeprecated)
                    .resolve("deprecationReason", GraphQLFieldDefinition::getDeprecationReason);
            // An input value is an argument or an input field; graphql-java has no type common to both.
            new Resolvers<>(code, "__InputValue", GraphQLNamedSchemaElement.class)
                    .resolve("name", GraphQLNamedSchemaElement::getName)
                    .resolve("description", GraphQLNamedSchemaElement::getDescription)
                    .resolve("type", value -> value instanceof GraphQLArgument argument
                            ? argument.getType() : ((GraphQLInputObjectField) value).getType())
                    .resolve("defaultValue", value -> value instanceof GraphQLArgument argument
                            ? InputValues.printDefault(argument.getArgumentDefaultValue(), argument.getType())
                            : InputValues.printDefault(((GraphQLInputObjectField) value).getInputFieldDefaultValue(),
                            ((GraphQLInputObjectField) value).getType()))
                    .resolve("isDeprecated", value -> deprecationReason(value) != null)
                    .resolve("deprecationReason", IntrospectionTypes::deprecationReason);
            new Resolvers<>(code, "__EnumValue", GraphQLEnumValueDefinition.class)
                    .resolve("name", GraphQLEnumValueDefinition::getName)
                    .resolve("description", GraphQLEnumValueDefinition::getDescription)
                    .resolve("isDeprecated", GraphQLEnumValueDefinition::isDeprecated)
                    .resolve("deprecationReason", GraphQLEnumValueDefinition::getDeprecationReason);
        });
    }

    /** A union's members as declared; an interface's implementations in the order of {@code __Schema.types}. */
    private static List<?> possibleTypes(Object type, SchemaView view, GraphQLSchema schema) {
        if (type instanceof GraphQLUnionType union) {
            return union.getTypes();
        }
        if (type instanceof GraphQLInterfaceType anInterface) {
            return view.implementations().getOrDefault(anInterface.getName(), List.of()).stream()
                    .map(schema::getType).toList();
        }
        return null;
    }

    private static String kind(Object type) {
        if (type instanceof GraphQLScalarType) {
            return "SCALAR";
        }
        if (type instanceof GraphQLObjectType) {
            return "OBJECT";
        }
        if (type instanceof GraphQLInterfaceType) {
            return "INTERFACE";
        }
        if (type instanceof GraphQLUnionType) {
            return "UNION";
        }
        if (type instanceof GraphQLEnumType) {
            return "ENUM";
        }
        if (type instanceof GraphQLInputObjectType) {
            return "INPUT_OBJECT";
        }
        if (type instanceof GraphQLList) {
            return "LIST";
        }
        if (type instanceof GraphQLNonNull) {
            return "NON_NULL";
        }
        throw new IllegalStateException("not a GraphQL type: " + type);
    }

    private static String deprecationReason(GraphQLNamedSchemaElement inputValue) {
        return inputValue instanceof GraphQLArgument argument ? argument.getDeprecationReason()
                : ((GraphQLInputObjectField) inputValue).getDeprecationReason();
    }

    /** The elements, without the deprecated ones unless the field's {@code includeDeprecated} is true. */
    private static <T> List<T> withDeprecated(List<T> elements, Predicate<T> deprecated, DataFetchingEnvironment env) {
        if (Boolean.TRUE.equals(env.getArgument("includeDeprecated"))) {
            return elements;
        }
        return elements.stream().filter(deprecated.negate()).toList();
    }

    /** Registers the resolvers of one introspection type, each reading a source of a known class. */
    private static final class Resolvers<S> {

        private final GraphQLCodeRegistry.Builder code;
        private final String typeName;
        private final Class<S> sourceClass;

        Resolvers(GraphQLCodeRegistry.Builder code, String typeName, Class<S> sourceClass) {
            this.code = code;
            this.typeName = typeName;
            this.sourceClass = sourceClass;
        }

        Resolvers<S> resolve(String field, Function<S, Object> resolver) {
            return resolve(field, (source, env) -> resolver.apply(source));
        }

        Resolvers<S> resolve(String field, BiFunction<S, DataFetchingEnvironment, Object> resolver) {
            DataFetcher<?> fetcher = env -> resolver.apply(sourceClass.cast(env.getSource()), env);
            code.dataFetcher(FieldCoordinates.coordinates(typeName, field), fetcher);
            return this;
        }
    }
}
