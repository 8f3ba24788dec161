package io.qantar.gateway.graphqljs;

import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLImplementingType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;

import java.util.LinkedHashSet;
import java.util.List;

/**
 * The order in which {@code __schema { types }} lists types in graphql-js, which Apollo's gateway uses: the schema's
 * own types in definition order, each followed by the types it is first to reference (built-in scalars), then the
 * types only directives' arguments reference, then the introspection types. graphql-java sorts them by name instead;
 * clients diffing schemas see the difference.
 */
final class IntrospectionOrder {

    private IntrospectionOrder() {
    }

    /**
     * The names of the types in graphql-js's order.
     *
     * @param definitionOrder the names of the schema's own types as its SDL defines them
     * @param directives      the directives as introspection lists them
     */
    static List<String> of(GraphQLSchema schema, List<String> definitionOrder, List<IntrospectedDirective> directives) {
        LinkedHashSet<String> collected = new LinkedHashSet<>();
        for (String name : definitionOrder) {
            if (schema.getType(name) != null) {
                collected.add(name);
            }
        }
        for (String name : List.copyOf(collected)) {
            collected.remove(name);
            collect(schema.getType(name), collected);
        }
        collect(schema.getQueryType(), collected);
        collect(schema.getMutationType(), collected);
        collect(schema.getSubscriptionType(), collected);
        for (IntrospectedDirective directive : directives) {
            for (GraphQLArgument argument : directive.arguments()) {
                collect(argument.getType(), collected);
            }
        }
        collect(schema.getIntrospectionSchemaType(), collected);
        return List.copyOf(collected);
    }

    private static void collect(GraphQLType type, LinkedHashSet<String> collected) {
        if (type == null) {
            return;
        }
        GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
        if (!collected.add(named.getName())) {
            return;
        }
        if (named instanceof GraphQLUnionType union) {
            for (GraphQLNamedOutputType member : union.getTypes()) {
                collect(member, collected);
            }
        } else if (named instanceof GraphQLImplementingType implementing) {
            for (GraphQLNamedOutputType anInterface : implementing.getInterfaces()) {
                collect(anInterface, collected);
            }
            for (GraphQLFieldDefinition field : implementing.getFieldDefinitions()) {
                collect(field.getType(), collected);
                for (GraphQLArgument argument : field.getArguments()) {
                    collect(argument.getType(), collected);
                }
            }
        } else if (named instanceof GraphQLInputObjectType input) {
            for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
                collect(field.getType(), collected);
            }
        }
    }
}
