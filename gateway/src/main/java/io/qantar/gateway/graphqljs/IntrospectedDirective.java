package io.qantar.gateway.graphqljs;

import graphql.language.DirectiveDefinition;
import graphql.language.DirectiveLocation;
import graphql.language.StringValue;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.DirectiveInfo;

import java.util.ArrayList;
import java.util.List;

/**
 * A directive as {@code __Schema.directives} shows it. graphql-java's {@link GraphQLDirective} cannot stand in: it
 * keeps locations as an enum set (so in the enum's order, not the definition's) and has no
 * {@code DIRECTIVE_DEFINITION} location, which graphql-js's {@code @deprecated} lists.
 *
 * @param locations the location names in the order of the definition
 */
record IntrospectedDirective(String name, String description, boolean repeatable, List<String> locations,
                             List<GraphQLArgument> arguments) {

    IntrospectedDirective {
        locations = List.copyOf(locations);
        arguments = List.copyOf(arguments);
    }

    /**
     * The directives of a schema as graphql-js lists them: the schema's own in definition order, then the ones
     * graphql-js specifies (as it defines them, whatever graphql-java's versions say).
     */
    static List<IntrospectedDirective> of(GraphQLSchema schema) {
        List<IntrospectedDirective> directives = new ArrayList<>();
        for (GraphQLDirective directive : schema.getDirectives()) {
            if (!DirectiveInfo.isGraphqlSpecifiedDirective(directive.getName())) {
                directives.add(fromSchema(directive));
            }
        }
        directives.addAll(specified(schema));
        return directives;
    }

    private static IntrospectedDirective fromSchema(GraphQLDirective directive) {
        DirectiveDefinition definition = directive.getDefinition();
        List<String> locations = definition != null
                ? definition.getDirectiveLocations().stream().map(DirectiveLocation::getName).toList()
                : directive.validLocations().stream().map(Enum::name).toList();
        return new IntrospectedDirective(directive.getName(), directive.getDescription(), directive.isRepeatable(),
                locations, directive.getArguments());
    }

    /** graphql-js 16's {@code specifiedDirectives}, word for word. */
    private static List<IntrospectedDirective> specified(GraphQLSchema schema) {
        GraphQLInputType bool = (GraphQLInputType) schema.getType("Boolean");
        GraphQLInputType string = (GraphQLInputType) schema.getType("String");
        List<String> fieldsAndFragments = List.of("FIELD", "FRAGMENT_SPREAD", "INLINE_FRAGMENT");
        return List.of(
                new IntrospectedDirective("include",
                        "Directs the executor to include this field or fragment only when the `if` argument is true.",
                        false, fieldsAndFragments,
                        List.of(argument("if", "Included when true.", GraphQLNonNull.nonNull(bool), null))),
                new IntrospectedDirective("skip",
                        "Directs the executor to skip this field or fragment when the `if` argument is true.",
                        false, fieldsAndFragments,
                        List.of(argument("if", "Skipped when true.", GraphQLNonNull.nonNull(bool), null))),
                new IntrospectedDirective("deprecated",
                        "Marks an element of a GraphQL schema as no longer supported.", false,
                        List.of("FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE",
                                "DIRECTIVE_DEFINITION"),
                        List.of(argument("reason", "Explains why this element was deprecated, usually also including a "
                                + "suggestion for how to access supported similar data. Formatted using the Markdown "
                                + "syntax, as specified by [CommonMark](https://commonmark.org/).", string,
                                "No longer supported"))),
                new IntrospectedDirective("specifiedBy",
                        "Exposes a URL that specifies the behavior of this scalar.", false, List.of("SCALAR"),
                        List.of(argument("url", "The URL that specifies the behavior of this scalar.",
                                GraphQLNonNull.nonNull(string), null))),
                new IntrospectedDirective("oneOf",
                        "Indicates exactly one field must be supplied and this field must not be `null`.", false,
                        List.of("INPUT_OBJECT"), List.of()));
    }

    private static GraphQLArgument argument(String name, String description, GraphQLInputType type,
                                            String defaultValue) {
        GraphQLArgument.Builder argument = GraphQLArgument.newArgument().name(name).description(description).type(type);
        if (defaultValue != null) {
            argument.defaultValueLiteral(StringValue.of(defaultValue));
        }
        return argument.build();
    }
}
