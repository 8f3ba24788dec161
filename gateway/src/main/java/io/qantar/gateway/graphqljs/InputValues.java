package io.qantar.gateway.graphqljs;

import graphql.language.ArrayValue;
import graphql.language.BooleanValue;
import graphql.language.EnumValue;
import graphql.language.FloatValue;
import graphql.language.IntValue;
import graphql.language.NullValue;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLScalarType;
import graphql.schema.InputValueWithState;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Input values the way graphql-js handles them: a literal of the schema (a default value) read into a value
 * ({@code valueFromAST}), and a value written back as a literal ({@code astFromValue}, then printed). Introspection's
 * {@code defaultValue} is the two in a row, so it shows a default as graphql-js normalises it: {@code 1.0} for a Float
 * as {@code 1}, a single item for a list as {@code [item]}, an input object with its fields' own defaults filled in.
 *
 * <p>Values are {@code null}, {@link Boolean}, {@link Integer} (Int), {@link Double} (Float), {@link String} (String,
 * ID, enum value names), {@link List} and {@link Map}; custom scalars take their literal as plain JSON-like data.
 */
public final class InputValues {

    /** JavaScript's {@code undefined}: no value at all (an invalid literal, an absent field), unlike {@code null}. */
    public static final Object UNDEFINED = new Object() {
        @Override
        public String toString() {
            return "undefined";
        }
    };

    private static final Pattern INTEGER = Pattern.compile("-?(?:0|[1-9][0-9]*)");
    private static final BigInteger MIN_INT = BigInteger.valueOf(Integer.MIN_VALUE);
    private static final BigInteger MAX_INT = BigInteger.valueOf(Integer.MAX_VALUE);

    private InputValues() {
    }

    /** The default value of an input field, read as graphql-js reads it, or {@link #UNDEFINED} without one. */
    public static Object defaultOf(GraphQLInputObjectField field) {
        return field.hasSetDefaultValue() ? read(field.getInputFieldDefaultValue(), field.getType()) : UNDEFINED;
    }

    /** The default value as introspection's {@code defaultValue} prints it, or null without one. */
    public static String printDefault(InputValueWithState defaultValue, GraphQLInputType type) {
        return defaultValue.isSet() ? print(read(defaultValue, type), type) : null;
    }

    private static Object read(InputValueWithState value, GraphQLInputType type) {
        // A schema read from SDL holds its defaults as literals; other states hold plain values already.
        return value.isLiteral() ? fromLiteral((Value<?>) value.getValue(), type) : value.getValue();
    }

    /** graphql-js's {@code valueFromAST} for a constant literal: the value, or {@link #UNDEFINED} when invalid. */
    public static Object fromLiteral(Value<?> literal, GraphQLInputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            return literal instanceof NullValue ? UNDEFINED : fromLiteral(literal, (GraphQLInputType) nonNull.getWrappedType());
        }
        if (literal instanceof NullValue) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            List<Object> items = new ArrayList<>();
            List<Value> literals = literal instanceof ArrayValue array ? array.getValues() : List.of(literal);
            for (Value<?> item : literals) {
                Object value = fromLiteral(item, itemType);
                if (value == UNDEFINED) {
                    return UNDEFINED;
                }
                items.add(value);
            }
            return items;
        }
        if (type instanceof GraphQLInputObjectType object) {
            return objectFromLiteral(literal, object);
        }
        if (type instanceof GraphQLEnumType enumType) {
            return literal instanceof EnumValue name && enumType.getValue(name.getName()) != null
                    ? name.getName() : UNDEFINED;
        }
        return scalarFromLiteral(literal, (GraphQLScalarType) type);
    }

    private static Object objectFromLiteral(Value<?> literal, GraphQLInputObjectType type) {
        if (!(literal instanceof ObjectValue object)) {
            return UNDEFINED;
        }
        Map<String, Value<?>> given = new LinkedHashMap<>();
        for (ObjectField field : object.getObjectFields()) {
            given.put(field.getName(), field.getValue());
        }
        Map<String, Object> value = new LinkedHashMap<>();
        for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
            Value<?> fieldLiteral = given.get(field.getName());
            if (fieldLiteral == null) {
                Object fieldDefault = defaultOf(field);
                if (fieldDefault != UNDEFINED) {
                    value.put(field.getName(), fieldDefault);
                } else if (field.getType() instanceof GraphQLNonNull) {
                    return UNDEFINED;
                }
                continue;
            }
            Object fieldValue = fromLiteral(fieldLiteral, field.getType());
            if (fieldValue == UNDEFINED) {
                return UNDEFINED;
            }
            value.put(field.getName(), fieldValue);
        }
        if (type.isOneOf() && (value.size() != 1 || value.values().iterator().next() == null)) {
            return UNDEFINED;
        }
        return value;
    }

    private static Object scalarFromLiteral(Value<?> literal, GraphQLScalarType type) {
        switch (type.getName()) {
            case "Int":
                if (literal instanceof IntValue number) {
                    BigInteger value = number.getValue();
                    return value.compareTo(MIN_INT) >= 0 && value.compareTo(MAX_INT) <= 0 ? value.intValue() : UNDEFINED;
                }
                return UNDEFINED;
            case "Float":
                if (literal instanceof IntValue number) {
                    return number.getValue().doubleValue();
                }
                return literal instanceof FloatValue number ? number.getValue().doubleValue() : UNDEFINED;
            case "String":
                return literal instanceof StringValue text ? text.getValue() : UNDEFINED;
            case "Boolean":
                return literal instanceof BooleanValue bool ? bool.isValue() : UNDEFINED;
            case "ID":
                if (literal instanceof StringValue text) {
                    return text.getValue();
                }
                return literal instanceof IntValue number ? number.getValue().toString() : UNDEFINED;
            default:
                return untyped(literal);
        }
    }

    /** A custom scalar takes its literal as data: graphql-js's {@code valueFromASTUntyped}. */
    private static Object untyped(Value<?> literal) {
        if (literal instanceof IntValue number) {
            BigInteger value = number.getValue();
            return value.bitLength() < 32 ? (Object) value.intValue() : (Object) value.doubleValue();
        }
        if (literal instanceof FloatValue number) {
            return number.getValue().doubleValue();
        }
        if (literal instanceof StringValue text) {
            return text.getValue();
        }
        if (literal instanceof EnumValue name) {
            return name.getName();
        }
        if (literal instanceof BooleanValue bool) {
            return bool.isValue();
        }
        if (literal instanceof ArrayValue array) {
            return array.getValues().stream().map(InputValues::untyped).toList();
        }
        if (literal instanceof ObjectValue object) {
            Map<String, Object> value = new LinkedHashMap<>();
            object.getObjectFields().forEach(f -> value.put(f.getName(), untyped(f.getValue())));
            return value;
        }
        return null;
    }

    /**
     * graphql-js's {@code print(astFromValue(value, type))}: the value as a GraphQL literal, or null when it has
     * none ({@link #UNDEFINED}, null for a non-null type, data a custom scalar cannot write as a literal).
     */
    public static String print(Object value, GraphQLInputType type) {
        if (type instanceof GraphQLNonNull nonNull) {
            String printed = print(value, (GraphQLInputType) nonNull.getWrappedType());
            return "null".equals(printed) ? null : printed;
        }
        if (value == null) {
            return "null";
        }
        if (value == UNDEFINED) {
            return null;
        }
        if (type instanceof GraphQLList list) {
            GraphQLInputType itemType = (GraphQLInputType) list.getWrappedType();
            if (!(value instanceof List<?> items)) {
                return print(value, itemType);
            }
            List<String> printed = new ArrayList<>();
            for (Object item : items) {
                String itemLiteral = print(item, itemType);
                if (itemLiteral != null) {
                    printed.add(itemLiteral);
                }
            }
            return "[" + String.join(", ", printed) + "]";
        }
        if (type instanceof GraphQLInputObjectType object) {
            if (!(value instanceof Map<?, ?> fields)) {
                return null;
            }
            List<String> printed = new ArrayList<>();
            for (GraphQLInputObjectField field : object.getFieldDefinitions()) {
                Object fieldValue = fields.containsKey(field.getName()) ? fields.get(field.getName()) : UNDEFINED;
                String fieldLiteral = print(fieldValue, field.getType());
                if (fieldLiteral != null) {
                    printed.add(field.getName() + ": " + fieldLiteral);
                }
            }
            return "{" + String.join(", ", printed) + "}";
        }
        return printLeaf(value, type);
    }

    private static String printLeaf(Object value, GraphQLInputType type) {
        if (value instanceof Boolean bool) {
            return bool.toString();
        }
        if (value instanceof Number number) {
            return JsValues.number(number);
        }
        if (value instanceof String text) {
            if (type instanceof GraphQLEnumType) {
                return text;
            }
            boolean id = type instanceof GraphQLScalarType scalar && scalar.getName().equals("ID");
            return id && INTEGER.matcher(text).matches() ? text : JsValues.graphQLString(text);
        }
        // graphql-js cannot write a list or an object held by a custom scalar as a literal.
        return null;
    }
}
