package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import io.qantar.gateway.operation.GraphQLRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;

/** Reads a GraphQL request from a POST body or GET parameters, as GraphQL over HTTP defines them. */
final class GraphQLRequestReader {

    // One JSON value and nothing after it: a body with trailing content is not the request it appears to be.
    private final ObjectReader json;

    GraphQLRequestReader(ObjectMapper json) {
        this.json = json.readerFor(Object.class).with(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    }

    GraphQLRequest fromBody(String contentType, Buffer body) {
        String[] parts = contentType == null ? new String[] {""} : contentType.toLowerCase(Locale.ROOT).split(";");
        if (!parts[0].trim().equals("application/json")) {
            throw new HttpRequestException(415, "A POST request must have Content-Type: application/json.");
        }
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].trim();
            if (parameter.startsWith("charset=") && !parameter.substring(8).replace("\"", "").equals("utf-8")) {
                throw new HttpRequestException(415, "A JSON request body must be UTF-8.");
            }
        }
        if (body == null || body.length() == 0) {
            throw new HttpRequestException(400, "The request body is empty; expected a JSON object with \"query\".");
        }
        Object parsed;
        try {
            parsed = json.readValue(strictUtf8(body));
        } catch (IOException e) {
            throw new HttpRequestException(400, "The request body is not valid JSON.");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new HttpRequestException(400, "The request body must be a JSON object.");
        }
        return request(map.get("query"), map.get("operationName"), map.get("variables"), map.get("extensions"));
    }

    /**
     * The body as text, refusing what is not well-formed UTF-8 (overlong forms, encoded surrogates, stray bytes):
     * a lenient decoder would turn them into other characters, so that what is stored is not what was sent.
     */
    private static String strictUtf8(Buffer body) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(body.getBytes())).toString();
        } catch (CharacterCodingException e) {
            throw new HttpRequestException(400, "The request body is not valid UTF-8.");
        }
    }

    GraphQLRequest fromParameters(MultiMap parameters) {
        return request(parameters.get("query"), parameters.get("operationName"),
                decode(parameters.get("variables"), "variables"), decode(parameters.get("extensions"), "extensions"));
    }

    private Object decode(String text, String name) {
        if (text == null || text.isEmpty()) {
            return null;
        }
        try {
            return json.readValue(text);
        } catch (IOException e) {
            throw new HttpRequestException(400, "The \"" + name + "\" parameter is not valid JSON.");
        }
    }

    @SuppressWarnings("unchecked")
    private static GraphQLRequest request(Object query, Object operationName, Object variables, Object extensions) {
        if (!(query instanceof String text) || text.isBlank()) {
            throw new HttpRequestException(400, query == null
                    ? "The request has no \"query\"." : "\"query\" must be a non-empty string.");
        }
        if (operationName != null && !(operationName instanceof String)) {
            throw new HttpRequestException(400, "\"operationName\" must be a string.");
        }
        if (variables != null && !(variables instanceof Map)) {
            throw new HttpRequestException(400, "\"variables\" must be a JSON object.");
        }
        if (extensions != null && !(extensions instanceof Map)) {
            throw new HttpRequestException(400, "\"extensions\" must be a JSON object.");
        }
        return new GraphQLRequest(text, (String) operationName, (Map<String, Object>) variables,
                (Map<String, Object>) extensions);
    }
}
