package io.qantar.gateway.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** JSON helpers for assertions: compare results with JSON text written in the tests. */
public final class Json {

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private Json() {
    }

    /** Compact JSON of a value, in the value's own key order. */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    /** The compact form of a JSON text (single quotes allowed for readability), keeping its key order. */
    public static String normalize(String json) {
        try {
            return write(MAPPER.readValue(json.replace('\'', '"'), Object.class));
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in a test: " + json, e);
        }
    }

    @SuppressWarnings("unchecked")
    public static Map<String, Object> object(String json) {
        try {
            return MAPPER.readValue(json.replace('\'', '"'), Map.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("bad JSON in a test: " + json, e);
        }
    }

    /** A JSON text as plain Java values (maps keep the text's key order). */
    public static Object read(String json) {
        try {
            return MAPPER.readValue(json, Object.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Where two JSON-like values first differ, key order included, as {@code path: expected vs actual}; null when
     * they are equal. Makes a failed comparison of large answers readable.
     */
    public static String firstDifference(Object expected, Object actual) {
        return firstDifference(expected, actual, "");
    }

    private static String firstDifference(Object expected, Object actual, String path) {
        if (expected instanceof Map<?, ?> e && actual instanceof Map<?, ?> a) {
            List<?> expectedKeys = new ArrayList<>(e.keySet());
            List<?> actualKeys = new ArrayList<>(a.keySet());
            if (!expectedKeys.equals(actualKeys)) {
                return path + ": keys " + expectedKeys + " vs " + actualKeys;
            }
            for (Object key : expectedKeys) {
                String difference = firstDifference(e.get(key), a.get(key), path + "." + key);
                if (difference != null) {
                    return difference;
                }
            }
            return null;
        }
        if (expected instanceof List<?> e && actual instanceof List<?> a) {
            for (int i = 0; i < Math.min(e.size(), a.size()); i++) {
                String difference = firstDifference(e.get(i), a.get(i), path + "[" + i + "]");
                if (difference != null) {
                    return difference;
                }
            }
            return e.size() == a.size() ? null : path + ": length " + e.size() + " vs " + a.size();
        }
        return write(expected).equals(write(actual)) ? null : path + ": " + write(expected) + " vs " + write(actual);
    }
}
