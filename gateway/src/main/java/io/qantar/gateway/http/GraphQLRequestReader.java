package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.operation.GraphQLRequest;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;

import java.io.IOException;
import java.util.Map;

/** Reads a GraphQL request from a POST body or GET parameters, as GraphQL over HTTP defines them. */
final class GraphQLRequestReader {

    private final ObjectMapper json;

    GraphQLRequestReader(ObjectMapper json) {
        this.json = json;
    }

    GraphQLRequest fromBody(String contentType, Buffer body) {
        if (contentType == null || !contentType.toLowerCase().split(";")[0].trim().equals("application/json")) {
            throw new HttpRequestException(415, "A POST request must have Content-Type: application/json.");
        }
        if (body == null || body.length() == 0) {
            throw new HttpRequestException(400, "The request body is empty; expected a JSON object with \"query\".");
        }
        Object parsed;
        try {
            parsed = json.readValue(body.getBytes(), Object.class);
        } catch (IOException e) {
            throw new HttpRequestException(400, "The request body is not valid JSON.");
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new HttpRequestException(400, "The request body must be a JSON object.");
        }
        return request(map.get("query"), map.get("operationName"), map.get("variables"), map.get("extensions"));
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
            return json.readValue(text, Object.class);
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
