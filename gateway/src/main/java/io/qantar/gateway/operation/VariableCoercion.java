package io.qantar.gateway.operation;

import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.graphqljs.InputCoercion;
import io.qantar.gateway.graphqljs.InputValues;
import io.qantar.gateway.graphqljs.JsValues;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Coerces a request's variables against the operation's definitions, applying defaults (GraphQL spec 6.1.2), the
 * way Apollo's gateway does with graphql-js: every variable that fails is reported, each as its own
 * {@code BAD_USER_INPUT} error in graphql-js's words, located at the variable's definition.
 */
public final class VariableCoercion {

    private VariableCoercion() {
    }

    /**
     * The coerced values of the variables the request gave or that have a default (forms as {@link InputValues}
     * describes); a {@link RequestException} with one error per problem otherwise.
     */
    public static Map<String, Object> coerce(GraphQLSchema schema, OperationDefinition operation,
                                             Map<String, Object> raw) {
        if (operation.getVariableDefinitions().isEmpty()) {
            return Map.of();
        }
        Map<String, Object> coerced = new HashMap<>();
        List<GraphQLError> errors = new ArrayList<>();
        for (VariableDefinition definition : operation.getVariableDefinitions()) {
            String name = definition.getName();
            // Validation has made sure that every variable's type exists and is an input type.
            GraphQLInputType type = (GraphQLInputType) typeOf(schema, definition.getType());
            String typeName = GraphQLTypeUtil.simplePrint(type);
            if (!raw.containsKey(name)) {
                if (definition.getDefaultValue() != null) {
                    coerced.put(name, InputValues.fromLiteral(definition.getDefaultValue(), type));
                } else if (type instanceof GraphQLNonNull) {
                    errors.add(error(definition,
                            "Variable \"$" + name + "\" of required type \"" + typeName + "\" was not provided."));
                }
                continue;
            }
            Object value = raw.get(name);
            if (value == null && type instanceof GraphQLNonNull) {
                errors.add(error(definition,
                        "Variable \"$" + name + "\" of non-null type \"" + typeName + "\" must not be null."));
                continue;
            }
            coerced.put(name, InputCoercion.coerce(value, type, (path, invalid, message) -> {
                String at = path.isEmpty() ? "" : " at \"" + name + InputCoercion.printPath(path) + "\"";
                errors.add(error(definition, "Variable \"$" + name + "\" got invalid value "
                        + JsValues.inspect(invalid) + at + "; " + message));
            }));
        }
        if (!errors.isEmpty()) {
            throw new RequestException(errors);
        }
        return coerced;
    }

    private static GraphQLType typeOf(GraphQLSchema schema, Type<?> type) {
        if (type instanceof NonNullType nonNull) {
            return GraphQLNonNull.nonNull(typeOf(schema, nonNull.getType()));
        }
        if (type instanceof ListType list) {
            return GraphQLList.list(typeOf(schema, list.getType()));
        }
        return schema.getType(((TypeName) type).getName());
    }

    private static GraphQLError error(VariableDefinition definition, String message) {
        List<Map<String, Integer>> locations = definition.getSourceLocation() == null ? List.of()
                : List.of(DocumentParser.location(definition.getSourceLocation()));
        return new GraphQLError(message, locations, null, Map.of("code", ErrorCodes.BAD_USER_INPUT));
    }
}
