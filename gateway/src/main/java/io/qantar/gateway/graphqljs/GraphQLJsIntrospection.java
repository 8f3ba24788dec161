package io.qantar.gateway.graphqljs;

import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLNamedOutputType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Makes a graphql-java schema answer introspection exactly as graphql-js 16 does, since that is what clients of
 * Apollo's gateway see: graphql-js's descriptions of the built-in scalars, its built-in directives as it defines
 * them, its introspection types, its order of types, and its printing of default values.
 */
public final class GraphQLJsIntrospection {

    private GraphQLJsIntrospection() {
    }

    /**
     * The schema, introspected as graphql-js would introspect the same SDL.
     *
     * @param definitionOrder the names of the schema's own types in the order its SDL defines them
     */
    public static GraphQLSchema apply(GraphQLSchema schema, List<String> definitionOrder) {
        GraphQLObjectType introspectionRoot = new IntrospectionTypes((GraphQLScalarType) schema.getType("String"),
                (GraphQLScalarType) schema.getType("Boolean")).schemaType();
        GraphQLSchema withTypes = schema.transform(b -> b.introspectionSchemaType(introspectionRoot));
        List<IntrospectedDirective> directives = IntrospectedDirective.of(withTypes);
        List<String> typeOrder = IntrospectionOrder.of(withTypes, definitionOrder, directives);
        IntrospectionTypes.SchemaView view = new IntrospectionTypes.SchemaView(typeOrder, directives,
                implementations(withTypes, typeOrder));
        GraphQLCodeRegistry code = IntrospectionTypes.register(withTypes.getCodeRegistry(), view);
        return withTypes.transform(b -> b.codeRegistry(code));
    }

    /** The object types implementing each interface, in type order (graphql-js's {@code getPossibleTypes}). */
    private static Map<String, List<String>> implementations(GraphQLSchema schema, List<String> typeOrder) {
        Map<String, List<String>> implementations = new LinkedHashMap<>();
        for (String name : typeOrder) {
            if (schema.getType(name) instanceof GraphQLObjectType object) {
                for (GraphQLNamedOutputType anInterface : object.getInterfaces()) {
                    implementations.computeIfAbsent(anInterface.getName(), k -> new ArrayList<>()).add(name);
                }
            }
        }
        implementations.replaceAll((name, objects) -> List.copyOf(objects));
        return Map.copyOf(implementations);
    }
}
