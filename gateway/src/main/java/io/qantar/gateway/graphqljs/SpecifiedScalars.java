package io.qantar.gateway.graphqljs;

import graphql.schema.GraphQLNamedSchemaElement;
import graphql.schema.GraphQLScalarType;

import java.util.Map;

/** The five scalars the GraphQL spec defines, described in graphql-js's words rather than graphql-java's. */
final class SpecifiedScalars {

    private static final Map<String, String> DESCRIPTIONS = Map.of(
            "String", "The `String` scalar type represents textual data, represented as UTF-8 character sequences. "
                    + "The String type is most often used by GraphQL to represent free-form human-readable text.",
            "Int", "The `Int` scalar type represents non-fractional signed whole numeric values. Int can represent "
                    + "values between -(2^31) and 2^31 - 1.",
            "Float", "The `Float` scalar type represents signed double-precision fractional values as specified by "
                    + "[IEEE 754](https://en.wikipedia.org/wiki/IEEE_floating_point).",
            "Boolean", "The `Boolean` scalar type represents `true` or `false`.",
            "ID", "The `ID` scalar type represents a unique identifier, often used to refetch an object or as key for "
                    + "a cache. The ID type appears in a JSON response as a String; however, it is not intended to be "
                    + "human-readable. When expected as an input type, any string (such as `\"4\"`) or integer (such "
                    + "as `4`) input value will be accepted as an ID.");

    private SpecifiedScalars() {
    }

    /**
     * A type's description as graphql-js shows it. The specified scalars are graphql-java's own objects throughout
     * the schema (its directives and introspection types refer to them too), so they keep graphql-java's
     * descriptions there and get graphql-js's here, where clients see them.
     */
    static String description(GraphQLNamedSchemaElement type) {
        return type instanceof GraphQLScalarType && DESCRIPTIONS.containsKey(type.getName())
                ? DESCRIPTIONS.get(type.getName()) : type.getDescription();
    }
}
