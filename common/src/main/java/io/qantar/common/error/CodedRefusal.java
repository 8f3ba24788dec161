package io.qantar.common.error;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.Json;
import io.vertx.ext.web.RoutingContext;
import java.util.List;
import java.util.Map;

/**
 * A request refused ahead of SmallRye's handler, answered as GraphQL over HTTP answers a request error: one error
 * with its Apollo code, in the response media type the client accepts.
 */
public final class CodedRefusal {

    private static final String GRAPHQL_RESPONSE = "application/graphql-response+json";

    private CodedRefusal() {
    }

    public static void send(RoutingContext context, int status, String code, String message) {
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        String answerType = accept != null && accept.contains(GRAPHQL_RESPONSE) ? GRAPHQL_RESPONSE : "application/json";
        context.response()
                .setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, answerType + "; charset=UTF-8")
                .end(Json.encode(Map.of("errors", List.of(Map.of(
                        "message", message,
                        "extensions", Map.of(ErrorCodes.KEY, code))))));
    }
}
