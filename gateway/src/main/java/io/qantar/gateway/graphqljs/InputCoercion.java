package io.qantar.gateway.graphqljs;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLTypeUtil;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * graphql-js's {@code coerceInputValue}: a value decoded from a request's JSON checked and coerced against an input
 * type, reporting every problem (not only the first) in graphql-js's words. Values come and go in the forms
 * {@link InputValues} describes; a value with a problem comes back as {@link InputValues#UNDEFINED}.
 */
public final class InputCoercion {

    /** Receives each problem: where in the value (field names and list indexes), the offending value, and why. */
    @FunctionalInterface
    public interface ProblemSink {
        void problem(List<Object> path, Object invalidValue, String message);
    }

    private static final double MIN_INT = Integer.MIN_VALUE;
    private static final double MAX_INT = Integer.MAX_VALUE;

    private final ProblemSink problems;

    private InputCoercion(ProblemSink problems) {
        this.problems = problems;
    }

    public static Object coerce(Object value, GraphQLInputType type, ProblemSink problems) {
        return new InputCoercion(problems).coerce(value, type, List.of());
    }

    /** graphql-js's {@code printPathArray}: {@code .field[2].other}. */
    public static String printPath(List<Object> path) {
        StringBuilder printed = new StringBuilder();
        for (Object key : path) {
            printed.append(key instanceof Integer index ? "[" + index + "]" : "." + key);
        }
        return printed.toString();
    }

    private Object coerce(Object value, GraphQLInputType type, List<Object> path) {
        if (type instanceof GraphQLNonNull nonNull) {
            if (value != null) {
                return coerce(value, (GraphQLInputType) nonNull.getWrappedType(), path);
            }
            problems.problem(path, null,
                    "Expected non-nullable type \"" + GraphQLTypeUtil.simplePrint(type) + "\" not to be null.");
            return InputValues.UNDEFINED;
        }
        if (value == null) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> items)) {
                // A single value stands for a list of one.
                return singletonList(coerce(value, itemType, path));
            }
            List<Object> coerced = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                coerced.add(coerce(items.get(i), itemType, append(path, i)));
            }
            return coerced;
        }
        if (type instanceof GraphQLInputObjectType object) {
            return coerceObject(value, object, path);
        }
        if (type instanceof GraphQLEnumType enumType) {
            return coerceEnum(value, enumType, path);
        }
        return coerceScalar(value, (GraphQLScalarType) type, path);
    }

    private static List<Object> singletonList(Object item) {
        List<Object> list = new ArrayList<>(1);
        list.add(item);
        return list;
    }

    private Object coerceObject(Object value, GraphQLInputObjectType type, List<Object> path) {
        if (!(value instanceof Map<?, ?> given)) {
            problems.problem(path, value, "Expected type \"" + type.getName() + "\" to be an object.");
            return InputValues.UNDEFINED;
        }
        Map<String, Object> coerced = new LinkedHashMap<>();
        for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
            if (!given.containsKey(field.getName())) {
                Object fieldDefault = InputValues.defaultOf(field);
                if (fieldDefault != InputValues.UNDEFINED) {
                    coerced.put(field.getName(), fieldDefault);
                } else if (field.getType() instanceof GraphQLNonNull) {
                    problems.problem(path, value, "Field \"" + field.getName() + "\" of required type \""
                            + GraphQLTypeUtil.simplePrint(field.getType()) + "\" was not provided.");
                }
                continue;
            }
            coerced.put(field.getName(), coerce(given.get(field.getName()), field.getType(), append(path, field.getName())));
        }
        List<String> fieldNames = type.getFieldDefinitions().stream().map(GraphQLInputObjectField::getName).toList();
        for (String name : JsValues.keys(given)) {
            if (type.getField(name) == null) {
                problems.problem(path, value, "Field \"" + name + "\" is not defined by type \"" + type.getName() + "\"."
                        + Suggestions.didYouMean(Suggestions.close(name, fieldNames)));
            }
        }
        if (type.isOneOf()) {
            if (coerced.size() != 1) {
                problems.problem(path, value,
                        "Exactly one key must be specified for OneOf type \"" + type.getName() + "\".");
            }
            if (!coerced.isEmpty()) {
                Map.Entry<String, Object> first = coerced.entrySet().iterator().next();
                if (first.getValue() == null) {
                    problems.problem(append(path, first.getKey()), null,
                            "Field \"" + first.getKey() + "\" must be non-null.");
                }
            }
        }
        return coerced;
    }

    private Object coerceEnum(Object value, GraphQLEnumType type, List<Object> path) {
        List<String> names = type.getValues().stream().map(GraphQLEnumValueDefinition::getName).toList();
        if (!(value instanceof String name)) {
            String shown = JsValues.inspect(value);
            problems.problem(path, value, "Enum \"" + type.getName() + "\" cannot represent non-string value: " + shown
                    + "." + Suggestions.didYouMean("the enum value", Suggestions.close(shown, names)));
            return InputValues.UNDEFINED;
        }
        if (type.getValue(name) == null) {
            problems.problem(path, value, "Value \"" + name + "\" does not exist in \"" + type.getName() + "\" enum."
                    + Suggestions.didYouMean("the enum value", Suggestions.close(name, names)));
            return InputValues.UNDEFINED;
        }
        return name;
    }

    private Object coerceScalar(Object value, GraphQLScalarType type, List<Object> path) {
        String problem;
        switch (type.getName()) {
            case "Int" -> {
                if (!isInteger(value)) {
                    problem = "Int cannot represent non-integer value: " + JsValues.inspect(value);
                } else if (((Number) value).doubleValue() < MIN_INT || ((Number) value).doubleValue() > MAX_INT) {
                    problem = "Int cannot represent non 32-bit signed integer value: " + JsValues.number((Number) value);
                } else {
                    return ((Number) value).intValue();
                }
            }
            case "Float" -> {
                if (value instanceof Number number) {
                    return number.doubleValue();
                }
                problem = "Float cannot represent non numeric value: " + JsValues.inspect(value);
            }
            case "String" -> {
                if (value instanceof String) {
                    return value;
                }
                problem = "String cannot represent a non string value: " + JsValues.inspect(value);
            }
            case "Boolean" -> {
                if (value instanceof Boolean) {
                    return value;
                }
                problem = "Boolean cannot represent a non boolean value: " + JsValues.inspect(value);
            }
            case "ID" -> {
                if (value instanceof String) {
                    return value;
                }
                if (isInteger(value)) {
                    return JsValues.number((Number) value);
                }
                problem = "ID cannot represent value: " + JsValues.inspect(value);
            }
            // A custom scalar of the API schema accepts whatever the client sends: its subgraph judges it.
            default -> {
                return value;
            }
        }
        problems.problem(path, value, problem);
        return InputValues.UNDEFINED;
    }

    /** JavaScript's {@code Number.isInteger} for a JSON-decoded value. */
    private static boolean isInteger(Object value) {
        if (value instanceof Integer || value instanceof Long || value instanceof Short || value instanceof Byte
                || value instanceof BigInteger) {
            return true;
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.signum() == 0 || decimal.stripTrailingZeros().scale() <= 0;
        }
        if (value instanceof Number number) {
            double d = number.doubleValue();
            return !Double.isInfinite(d) && d == Math.rint(d);
        }
        return false;
    }

    private static List<Object> append(List<Object> path, Object key) {
        List<Object> longer = new ArrayList<>(path.size() + 1);
        longer.addAll(path);
        longer.add(key);
        return longer;
    }
}
