package io.qantar.gateway.graphqljs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Values as graphql-js writes them into the texts clients see: JSON-decoded request values as its {@code inspect}
 * shows them in error messages, numbers as JavaScript prints them, strings as GraphQL string literals.
 *
 * <p>A request's JSON decodes into {@code null}, {@link Boolean}, {@link String}, {@link Number}, {@link List} and
 * {@link Map}; every number is a JavaScript number (a double) once graphql-js has it, so integers beyond 2^53 lose
 * precision here as they do there.
 */
public final class JsValues {

    /** inspect() shows at most this many items of an array. */
    private static final int MAX_ARRAY_LENGTH = 10;
    /** inspect() shows objects and arrays nested this deep (the value itself at depth 0) by their tag only. */
    private static final int MAX_RECURSIVE_DEPTH = 2;

    private JsValues() {
    }

    /** The value as graphql-js's {@code inspect} shows it, e.g. {@code "abc"}, {@code { a: 1, b: [true] }}. */
    public static String inspect(Object value) {
        return inspect(value, 0);
    }

    private static String inspect(Object value, int depth) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return jsonString(text);
        }
        if (value instanceof Number number) {
            return number(number);
        }
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                return "[]";
            }
            if (depth >= MAX_RECURSIVE_DEPTH) {
                return "[Array]";
            }
            List<String> items = new ArrayList<>();
            int shown = Math.min(MAX_ARRAY_LENGTH, list.size());
            for (int i = 0; i < shown; i++) {
                items.add(inspect(list.get(i), depth + 1));
            }
            int remaining = list.size() - shown;
            if (remaining == 1) {
                items.add("... 1 more item");
            } else if (remaining > 1) {
                items.add("... " + remaining + " more items");
            }
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Map<?, ?> map) {
            if (map.isEmpty()) {
                return "{}";
            }
            if (depth >= MAX_RECURSIVE_DEPTH) {
                return "[Object]";
            }
            List<String> properties = new ArrayList<>();
            for (String key : keys(map)) {
                properties.add(key + ": " + inspect(map.get(key), depth + 1));
            }
            return "{ " + String.join(", ", properties) + " }";
        }
        return String.valueOf(value);
    }

    /**
     * The keys of a JSON object in JavaScript's property order: array-index keys ({@code "0"}, {@code "12"}) first in
     * ascending order, then the others as they came.
     */
    public static List<String> keys(Map<?, ?> object) {
        List<String> indexes = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (Object key : object.keySet()) {
            String name = String.valueOf(key);
            (isArrayIndex(name) ? indexes : names).add(name);
        }
        if (indexes.isEmpty()) {
            return names;
        }
        indexes.sort(Comparator.comparingLong(Long::parseLong));
        indexes.addAll(names);
        return indexes;
    }

    private static boolean isArrayIndex(String name) {
        if (name.isEmpty() || name.length() > 10 || (name.length() > 1 && name.charAt(0) == '0')) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) < '0' || name.charAt(i) > '9') {
                return false;
            }
        }
        return Long.parseLong(name) < 0xFFFF_FFFFL;
    }

    /** The number as JavaScript's {@code String(number)} prints it: {@code 1}, {@code 1.5}, {@code 1e+21}. */
    public static String number(Number number) {
        return number(number.doubleValue());
    }

    /** The double as JavaScript prints it (ECMAScript's Number::toString), e.g. {@code 3000000000}, {@code 1e-7}. */
    public static String number(double value) {
        if (Double.isNaN(value)) {
            return "NaN";
        }
        if (Double.isInfinite(value)) {
            return value > 0 ? "Infinity" : "-Infinity";
        }
        if (value == 0) {
            return "0";
        }
        if (value < 0) {
            return "-" + number(-value);
        }
        BigDecimal shortest = shortestRoundTrip(value);
        String digits = shortest.unscaledValue().toString();
        int k = digits.length();
        // value = 0.digits * 10^n
        int n = k - shortest.scale();
        if (k <= n && n <= 21) {
            return digits + "0".repeat(n - k);
        }
        if (0 < n && n <= 21) {
            return digits.substring(0, n) + "." + digits.substring(n);
        }
        if (-6 < n && n <= 0) {
            return "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return mantissa + "e" + exponent;
    }

    /** The fewest significant digits that read back as exactly this double, as JavaScript picks them. */
    private static BigDecimal shortestRoundTrip(double value) {
        BigDecimal exact = new BigDecimal(value);
        for (int precision = 1; precision < 17; precision++) {
            BigDecimal candidate = exact.round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == value) {
                return candidate.stripTrailingZeros();
            }
        }
        return exact.round(new MathContext(17, RoundingMode.HALF_EVEN)).stripTrailingZeros();
    }

    /** The string as {@code JSON.stringify} writes it: lone surrogates escaped, lower-case hex. */
    static String jsonString(String text) {
        return quoted(text, "\\u%04x", (c, i) -> c < 0x20 || Character.isSurrogate(c) && !wellPaired(text, i));
    }

    /** JSON.stringify escapes a lone surrogate and keeps a well-formed pair. */
    private static boolean wellPaired(String text, int i) {
        char c = text.charAt(i);
        if (Character.isHighSurrogate(c)) {
            return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
        }
        return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }

    /** The string as a GraphQL string literal, as graphql-js's printer writes it: C1 controls escaped, upper-case hex. */
    public static String graphQLString(String text) {
        return quoted(text, "\\u%04X", (c, i) -> c < 0x20 || (c >= 0x7f && c <= 0x9f));
    }

    /** Which other characters a quoting writes as a unicode escape, given the character and its index. */
    @FunctionalInterface
    private interface UnicodeEscape {
        boolean applies(char c, int index);
    }

    /** A double-quoted string with the short escapes both printers share, and unicode escapes where the printer wants them. */
    private static String quoted(String text, String unicodeFormat, UnicodeEscape unicodeEscape) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (unicodeEscape.applies(c, i)) {
                        out.append(String.format(unicodeFormat, (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
