package io.qantar.common.error;

import static io.qantar.common.error.InputErrors.quote;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.ExecutionContext;
import graphql.execution.TypeFromAST;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.List;
import java.util.Map;

/**
 * Checks the argument values of an operation that graphql-java accepts but a resolver could not be
 * given: values of the scalars SmallRye coerces leniently ({@link StrictScalar}) and the representations
 * of {@code _entities} ({@link EntityRepresentations}). It runs once the variables are coerced and before
 * any resolver, so a refused operation reads and writes nothing; each refused value is a
 * {@code BAD_USER_INPUT} error whose {@code field} is the value's path, e.g. {@code input.offices[0].startedOn}.
 *
 * <p>It is also the one place where every text a client sends is checked, whatever the field: a list
 * longer than {@link #MAX_LIST_SIZE} items and a text holding a control character
 * ({@link ControlCharacters}) are refused here, so no resolver, and no database, ever sees them.
 */
final class OperationInputCheck {

    /**
     * The most items any list argument may hold, {@code representations} included: far above what a page
     * or a gateway's batch needs, far below what would make a resolver's database query unreasonable.
     */
    static final int MAX_LIST_SIZE = 1000;

    private OperationInputCheck() {
    }

    static List<GraphQLError> errorsIn(ExecutionContext execution) {
        InputErrors errors = new InputErrors();
        checkIdVariables(execution, errors);
        QueryTraverser.newQueryTraverser()
                .schema(execution.getGraphQLSchema())
                .document(execution.getDocument())
                .operationName(execution.getOperationDefinition().getName())
                .coercedVariables(execution.getCoercedVariables())
                .build()
                .visitPreOrder(new QueryVisitorStub() {
                    @Override
                    public void visitField(QueryVisitorFieldEnvironment field) {
                        checkArguments(field, errors);
                    }
                });
        return errors.asList();
    }

    /**
     * graphql-java coerces any JSON value sent for an {@code ID} variable to a string ({@code {"a":1}} becomes
     * {@code "{a=1}"}), so once coerced an object or a list sent as an id cannot be told from a text. The raw
     * variables are read here instead: an {@code ID} is a JSON string or a whole number, nothing else.
     */
    private static void checkIdVariables(ExecutionContext execution, InputErrors errors) {
        Map<String, Object> raw = execution.getExecutionInput().getRawVariables().toMap();
        for (VariableDefinition variable : execution.getOperationDefinition().getVariableDefinitions()) {
            if (raw.containsKey(variable.getName())) {
                GraphQLType type = TypeFromAST.getTypeFromAST(execution.getGraphQLSchema(), variable.getType());
                if (type instanceof GraphQLInputType input) {
                    checkRawId(input, raw.get(variable.getName()), variable.getName(), variable.getSourceLocation(), errors);
                }
            }
        }
    }

    private static void checkRawId(GraphQLInputType type, Object value, String path, SourceLocation location,
            InputErrors errors) {
        if (value == null) {
            return;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list) {
            if (value instanceof List<?> items) {
                for (int i = 0; i < items.size() && i <= MAX_LIST_SIZE; i++) {
                    checkRawId((GraphQLInputType) list.getWrappedType(), items.get(i), path + "[" + i + "]", location, errors);
                }
            } else {
                // A single value stands for a list of one.
                checkRawId((GraphQLInputType) list.getWrappedType(), value, path, location, errors);
            }
        } else if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                checkRawId(field.getType(), fields.get(field.getName()), path + "." + field.getName(), location, errors);
            }
        } else if (bare instanceof GraphQLScalarType scalar && scalar.getName().equals(Scalars.GraphQLID.getName())
                && !(value instanceof String) && !(value instanceof Number number && StrictScalar.BIG_INTEGER.accepts(number))) {
            errors.refuse(path, path + " must be an ID, a string or a whole number, got "
                    + (value instanceof Map ? "an object" : value instanceof List ? "a list" : quote(value)), location);
        }
    }

    private static void checkArguments(QueryVisitorFieldEnvironment field, InputErrors errors) {
        Map<String, Object> values = field.getArguments();
        boolean entities = field.getFieldDefinition().getName().equals(EntityRepresentations.FIELD)
                && field.getFieldsContainer().getName().equals(field.getSchema().getQueryType().getName());
        for (GraphQLArgument argument : field.getFieldDefinition().getArguments()) {
            Object value = values.get(argument.getName());
            SourceLocation location = locationOf(field.getField(), argument.getName());
            if (entities && argument.getName().equals(EntityRepresentations.ARGUMENT)) {
                if (refusedAsTooLong(value, argument.getName(), location, errors)) {
                    continue;
                }
                EntityRepresentations.check(field.getSchema(), value, location, errors);
            } else {
                checkValue(argument.getType(), value, argument.getName(), location, errors);
            }
        }
    }

    private static void checkValue(GraphQLInputType type, Object value, String path, SourceLocation location,
            InputErrors errors) {
        if (value == null) {
            return;
        }
        GraphQLType bare = GraphQLTypeUtil.unwrapNonNull(type);
        if (bare instanceof GraphQLList list && value instanceof List<?> items) {
            if (refusedAsTooLong(items, path, location, errors)) {
                return;
            }
            for (int i = 0; i < items.size(); i++) {
                checkValue((GraphQLInputType) list.getWrappedType(), items.get(i), path + "[" + i + "]", location, errors);
            }
        } else if (bare instanceof GraphQLInputObjectType object && value instanceof Map<?, ?> fields) {
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                checkValue(field.getType(), fields.get(field.getName()), path + "." + field.getName(), location, errors);
            }
        } else if (bare instanceof GraphQLScalarType scalar && value instanceof String text
                && ControlCharacters.firstIn(text) >= 0) {
            // The text is not echoed: it could carry the very characters refused.
            errors.refuse(path, path + " holds a control character or an unpaired surrogate ("
                    + ControlCharacters.describe(text.codePointAt(ControlCharacters.firstIn(text)))
                    + ") at position " + ControlCharacters.firstIn(text) + "; only tab, line feed and carriage return are allowed",
                    location);
        } else if (bare instanceof GraphQLScalarType scalar) {
            StrictScalar.named(scalar.getName())
                    .filter(strict -> !strict.accepts(value))
                    .ifPresent(strict -> errors.refuse(path,
                            path + " must be " + strict.expectation() + ", got " + quote(value), location));
        }
    }

    private static boolean refusedAsTooLong(Object value, String path, SourceLocation location, InputErrors errors) {
        if (value instanceof List<?> items && items.size() > MAX_LIST_SIZE) {
            errors.refuse(path, path + " holds " + items.size() + " items; at most " + MAX_LIST_SIZE + " are accepted",
                    location);
            return true;
        }
        return false;
    }

    /** Where the argument is written, or the field when it is left to its default. */
    private static SourceLocation locationOf(Field field, String argumentName) {
        return field.getArguments().stream()
                .filter(argument -> argument.getName().equals(argumentName))
                .map(Argument::getSourceLocation)
                .findFirst()
                .orElse(field.getSourceLocation());
    }
}
