package io.qantar.gateway.execution;

import graphql.Scalars;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.NormalizedOperation;
import io.qantar.gateway.operation.SelectedField;
import io.qantar.gateway.operation.SelectionSet;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The final pass: walks the client's operation over the merged result and builds the response as the GraphQL spec
 * wants it: requested order and aliases, {@code __typename}, nothing the planner fetched for itself, values checked
 * against their types, and a null in a non-null position propagated to the nearest nullable parent.
 *
 * <p>As in Apollo's gateway, problems found here (a null where the schema promises a value, an invalid leaf) are
 * not request errors: a subgraph error usually explains them already, so they are reported under
 * {@code extensions.valueCompletion} and only when no other error was.
 */
final class ResponseShaper {

    /** A null that must propagate to the parent; its error is already recorded. */
    private static final Object INVALID = new Object();
    /** A null whose error is already recorded but which the position accepts. */
    private static final Object NULL_WITH_ERROR = new Object();

    private final GraphQLSchema schema;
    private final Map<String, Object> introspection;
    private final List<GraphQLError> errors = new ArrayList<>();
    private final List<Object> path = new ArrayList<>();
    private final long maxValues;
    private long values;

    private ResponseShaper(GraphQLSchema schema, Map<String, Object> introspection, long maxValues) {
        this.schema = schema;
        this.introspection = introspection;
        this.maxValues = maxValues;
    }

    /** The response would hold more values than its budget: shaping stops before it uses the memory. */
    static final class TooLarge extends RuntimeException {

        final long maxValues;

        TooLarge(long maxValues) {
            super("response too large", null, false, false);
            this.maxValues = maxValues;
        }
    }

    record Shaped(Map<String, Object> data, List<GraphQLError> completionErrors) {
    }

    static Shaped shape(GraphQLSchema schema, NormalizedOperation operation, Map<String, Object> merged,
                        Map<String, Object> introspection) {
        return shape(schema, operation, merged, introspection, Long.MAX_VALUE);
    }

    /** As above, throwing {@link TooLarge} once the response holds more than {@code maxValues} values. */
    static Shaped shape(GraphQLSchema schema, NormalizedOperation operation, Map<String, Object> merged,
                        Map<String, Object> introspection, long maxValues) {
        ResponseShaper shaper = new ResponseShaper(schema, introspection, maxValues);
        Object data = shaper.object(merged, operation.rootType(), operation.selection());
        @SuppressWarnings("unchecked")
        Map<String, Object> result = data == INVALID ? null : (Map<String, Object>) data;
        return new Shaped(result, shaper.errors);
    }

    @SuppressWarnings("unchecked")
    private Object object(Map<String, Object> input, String typeName, SelectionSet selection) {
        List<SelectedField> fields = selection.fields(typeName);
        Map<String, Object> output = new LinkedHashMap<>(Math.max(4, fields.size() * 2));
        for (SelectedField field : fields) {
            String key = field.responseKey();
            switch (field.kind()) {
                case TYPENAME -> output.put(key, typeName);
                case INTROSPECTION -> output.put(key, introspection == null ? null : introspection.get(key));
                case FIELD -> {
                    path.add(key);
                    Object value = value(input.get(key), field.type(), field.selection(), typeName);
                    path.remove(path.size() - 1);
                    if (value == INVALID) {
                        return INVALID;
                    }
                    output.put(key, value == NULL_WITH_ERROR ? null : value);
                }
            }
        }
        return output;
    }

    @SuppressWarnings("unchecked")
    private Object value(Object input, GraphQLOutputType type, SelectionSet selection, String parentType) {
        if (!(type instanceof GraphQLNonNull) && ++values > maxValues) { // a non-null wrapper is the same value
            throw new TooLarge(maxValues);
        }
        if (type instanceof GraphQLNonNull nonNull) {
            Object inner = value(input, (GraphQLOutputType) nonNull.getWrappedType(), selection, parentType);
            if (inner == null) {
                error("Cannot return null for non-nullable " + describeLast(nonNull.getWrappedType(), parentType) + ".");
                return INVALID;
            }
            return inner == NULL_WITH_ERROR ? INVALID : inner;
        }
        if (input == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            if (!(input instanceof List<?> items)) {
                return invalidValue(type, parentType);
            }
            List<Object> output = new ArrayList<>(items.size());
            boolean nullify = false;
            for (int i = 0; i < items.size(); i++) {
                path.add(i);
                Object item = value(items.get(i), (GraphQLOutputType) list.getWrappedType(), selection, parentType);
                path.remove(path.size() - 1);
                if (item == INVALID) {
                    nullify = true;
                }
                output.add(item == NULL_WITH_ERROR || item == INVALID ? null : item);
            }
            return nullify ? NULL_WITH_ERROR : output;
        }
        if (selection != null) {
            if (!(input instanceof Map<?, ?> map)) {
                return invalidValue(type, parentType);
            }
            String runtimeType = runtimeType((Map<String, Object>) map, type);
            if (runtimeType == null) {
                error("Invalid __typename found for object at " + describeLast(type, parentType) + ".");
                return NULL_WITH_ERROR;
            }
            Object result = object((Map<String, Object>) map, runtimeType, selection);
            return result == INVALID ? NULL_WITH_ERROR : result;
        }
        return validLeaf(input, type) ? input : invalidValue(type, parentType);
    }

    private String runtimeType(Map<String, Object> input, GraphQLOutputType type) {
        if (type instanceof GraphQLObjectType object) {
            return object.getName();
        }
        Object typename = input.get("__typename");
        if (typename instanceof String name && schema.getType(name) instanceof GraphQLObjectType) {
            return name;
        }
        return null;
    }

    private Object invalidValue(GraphQLType type, String parentType) {
        error("Invalid value found for " + describeLast(type, parentType) + ".");
        return NULL_WITH_ERROR;
    }

    private String describeLast(GraphQLType type, String parentType) {
        Object last = path.get(path.size() - 1);
        return last instanceof String field ? "field " + parentType + "." + field
                : "array element of type " + GraphQLTypeUtil.simplePrint(type) + " at index " + last;
    }

    private void error(String message) {
        errors.add(new GraphQLError(message, List.of(), path, Map.of("code", ErrorCodes.INVALID_GRAPHQL)));
    }

    private static boolean validLeaf(Object value, GraphQLType type) {
        if (type instanceof GraphQLEnumType enumType) {
            return value instanceof String name && enumType.getValue(name) != null;
        }
        if (!(type instanceof GraphQLScalarType scalar)) {
            return false;
        }
        String name = scalar.getName();
        if (name.equals(Scalars.GraphQLString.getName())) {
            return value instanceof String;
        } else if (name.equals(Scalars.GraphQLBoolean.getName())) {
            return value instanceof Boolean;
        } else if (name.equals(Scalars.GraphQLInt.getName())) {
            return isInt(value);
        } else if (name.equals(Scalars.GraphQLFloat.getName())) {
            return value instanceof Number number && Double.isFinite(number.doubleValue());
        } else if (name.equals(Scalars.GraphQLID.getName())) {
            return value instanceof String || isInteger(value);
        }
        return true;
    }

    private static boolean isInt(Object value) {
        if (!isInteger(value)) {
            return false;
        }
        double number = ((Number) value).doubleValue();
        return number >= Integer.MIN_VALUE && number <= Integer.MAX_VALUE;
    }

    private static boolean isInteger(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof Double || value instanceof Float) {
            double number = ((Number) value).doubleValue();
            return Double.isFinite(number) && number == Math.rint(number);
        }
        return value instanceof BigDecimal decimal && decimal.stripTrailingZeros().scale() <= 0;
    }
}
