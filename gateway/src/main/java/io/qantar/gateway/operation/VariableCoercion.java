package io.qantar.gateway.operation;

import graphql.GraphQLContext;
import graphql.GraphQLException;
import graphql.execution.CoercedVariables;
import graphql.execution.RawVariables;
import graphql.execution.ValuesResolver;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLSchema;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;

import java.util.Locale;
import java.util.Map;

/** Coerces a request's variables against the operation's definitions, applying defaults (GraphQL spec 6.1.2). */
public final class VariableCoercion {

    private VariableCoercion() {
    }

    /** The coerced values; a missing required variable or a value of the wrong type is BAD_USER_INPUT. */
    public static Map<String, Object> coerce(GraphQLSchema schema, OperationDefinition operation,
                                             Map<String, Object> raw) {
        if (operation.getVariableDefinitions().isEmpty()) {
            return Map.of();
        }
        try {
            CoercedVariables coerced = ValuesResolver.coerceVariableValues(schema, operation.getVariableDefinitions(),
                    RawVariables.of(raw), GraphQLContext.getDefault(), Locale.ENGLISH);
            return coerced.toMap();
        } catch (GraphQLException e) {
            throw new RequestException(GraphQLError.of(e.getMessage(), ErrorCodes.BAD_USER_INPUT));
        }
    }
}
