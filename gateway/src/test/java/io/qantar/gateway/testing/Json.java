package io.qantar.gateway.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

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
}
