package io.qantar.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBufInputStream;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.io.IOException;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;

/**
 * Subgraph calls on Vert.x's HTTP client: pooled keep-alive connections, no blocking, a deadline per call.
 * Callbacks run on the caller's Vert.x context, so a request's merging never needs locks.
 */
public final class VertxSubgraphClient implements SubgraphClient, AutoCloseable {

    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence ACCEPT = HttpHeaders.createOptimized(
            "application/graphql-response+json, application/json;q=0.9");

    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;

    public VertxSubgraphClient(Vertx vertx, ObjectMapper json, int maxConnectionsPerSubgraph) {
        this.vertx = vertx;
        this.json = json;
        this.http = vertx.createHttpClient(new HttpClientOptions()
                        .setKeepAlive(true)
                        .setTcpNoDelay(true)
                        .setConnectTimeout(5_000)
                        .setDecompressionSupported(true),
                new PoolOptions().setHttp1MaxSize(maxConnectionsPerSubgraph));
    }

    @Override
    public Future<SubgraphResponse> execute(SubgraphRequest request) {
        SubgraphEndpoint endpoint = request.endpoint();
        Buffer body;
        try {
            body = Buffer.buffer(json.writeValueAsBytes(requestBody(request)));
        } catch (JsonProcessingException e) {
            return Future.failedFuture(new SubgraphFailure(endpoint.name(), "cannot encode the request: "
                    + e.getOriginalMessage(), 0));
        }
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add(HttpHeaders.CONTENT_TYPE, JSON)
                .add(HttpHeaders.ACCEPT, ACCEPT);
        request.headers().forEach(headers::add);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(endpoint.url().getHost())
                .setPort(endpoint.port())
                .setSsl(endpoint.secure())
                .setURI(endpoint.requestUri())
                .setHeaders(headers)
                .setIdleTimeout(endpoint.timeout().toMillis());

        Promise<SubgraphResponse> result = Promise.promise();
        long timeoutMillis = endpoint.timeout().toMillis();
        long timer = vertx.setTimer(timeoutMillis, id -> result.tryFail(new SubgraphFailure(endpoint.name(),
                "request to " + endpoint.url() + " timed out after " + timeoutMillis + " ms", 0)));
        http.request(options)
                .compose(clientRequest -> clientRequest.send(body))
                .compose(response -> response.body().map(responseBody -> decode(endpoint, response, responseBody)))
                .onComplete(outcome -> {
                    vertx.cancelTimer(timer);
                    if (outcome.succeeded()) {
                        result.tryComplete(outcome.result());
                    } else {
                        result.tryFail(failure(endpoint, outcome.cause()));
                    }
                });
        return result.future();
    }

    private static Map<String, Object> requestBody(SubgraphRequest request) {
        Map<String, Object> body = new LinkedHashMap<>(4);
        body.put("query", request.query());
        if (request.operationName() != null) {
            body.put("operationName", request.operationName());
        }
        if (!request.variables().isEmpty()) {
            body.put("variables", request.variables());
        }
        return body;
    }

    @SuppressWarnings("unchecked")
    private SubgraphResponse decode(SubgraphEndpoint endpoint, HttpClientResponse response, Buffer body) {
        int status = response.statusCode();
        if (status < 200 || status >= 300) {
            throw new SubgraphFailure(endpoint.name(), status + ": " + response.statusMessage(), status);
        }
        Object parsed;
        try (ByteBufInputStream in = new ByteBufInputStream(body.getByteBuf())) {
            parsed = json.readValue((java.io.InputStream) in, Object.class);
        } catch (IOException e) {
            throw new SubgraphFailure(endpoint.name(), "invalid JSON response body from " + endpoint.url(), status);
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw new SubgraphFailure(endpoint.name(), "Expected JSON response body, but received: "
                    + abbreviate(body.toString()), status);
        }
        Object data = map.get("data");
        Object errors = map.get("errors");
        boolean dataOk = data == null || data instanceof Map;
        boolean errorsOk = errors == null || (errors instanceof List<?> list && list.stream().allMatch(Map.class::isInstance));
        if (!dataOk || !errorsOk || (!map.containsKey("data") && errors == null)) {
            throw new SubgraphFailure(endpoint.name(), "the response from " + endpoint.url()
                    + " is not a GraphQL response", status);
        }
        return new SubgraphResponse((Map<String, Object>) data,
                errors == null ? List.of() : (List<Map<String, Object>>) errors);
    }

    private static SubgraphFailure failure(SubgraphEndpoint endpoint, Throwable cause) {
        if (cause instanceof SubgraphFailure failure) {
            return failure;
        }
        String reason = cause instanceof ConnectException ? "connection refused"
                : cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        if (cause instanceof TimeoutException || reason.contains("timeout")) {
            reason = "timed out after " + endpoint.timeout().toMillis() + " ms";
        }
        return new SubgraphFailure(endpoint.name(), "request to " + endpoint.url() + " failed, reason: " + reason, 0);
    }

    private static String abbreviate(String text) {
        return text.length() <= 100 ? text : text.substring(0, 100) + "...";
    }

    @Override
    public void close() {
        http.close();
    }
}
