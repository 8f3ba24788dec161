package io.qantar.gateway.graphqljs;

import org.junit.jupiter.api.Test;

import java.math.BigInteger;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Values written as graphql-js writes them; the expected texts are what Node.js prints. */
class JsValuesTest {

    @Test
    void printsNumbersAsJavaScriptDoes() {
        assertEquals("3", JsValues.number(3.0));
        assertEquals("1.5", JsValues.number(1.5));
        assertEquals("-0.25", JsValues.number(-0.25));
        assertEquals("0.30000000000000004", JsValues.number(0.1 + 0.2));
        assertEquals("3000000000", JsValues.number(3_000_000_000L));
        assertEquals("123456789012345680000", JsValues.number(123456789012345678901.0));
        assertEquals("1e+21", JsValues.number(1e21));
        assertEquals("1.5e+300", JsValues.number(1.5e300));
        assertEquals("0.000001", JsValues.number(1e-6));
        assertEquals("1e-7", JsValues.number(1e-7));
        assertEquals("5e-324", JsValues.number(Double.MIN_VALUE));
        assertEquals("0", JsValues.number(-0.0));
        assertEquals("18446744073709552000", JsValues.number(new BigInteger("18446744073709551616")),
                "a JSON integer beyond 2^53 is a double to JavaScript");
    }

    @Test
    void inspectsValuesAsGraphQLJsDoes() {
        Map<String, Object> object = new LinkedHashMap<>();
        object.put("b", List.of(true, "x\"y"));
        object.put("1", null);
        object.put("a", Map.of("deep", Map.of("deeper", 1)));
        assertEquals("{ 1: null, b: [true, \"x\\\"y\"], a: { deep: [Object] } }", JsValues.inspect(object),
                "array-index keys first, objects beyond two levels by their tag");
        assertEquals("[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, ... 2 more items]",
                JsValues.inspect(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)));
        assertEquals("[[[Array]]]", JsValues.inspect(List.of(List.of(List.of(1)))));
        assertEquals("{}", JsValues.inspect(Map.of()));
        assertEquals("\"tab\\tand\\u0001\"", JsValues.inspect("tab\tand\u0001"));
    }

    @Test
    void writesGraphQLStringLiteralsAsGraphQLJsPrintsThem() {
        assertEquals("\"café \\\"q\\\" \\\\ \\n\\u007F\"", JsValues.graphQLString("café \"q\" \\ \n\u007f"));
    }
}
