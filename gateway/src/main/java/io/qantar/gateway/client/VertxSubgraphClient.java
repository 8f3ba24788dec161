package io.qantar.gateway.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.netty.buffer.ByteBufInputStream;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

import java.io.IOException;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;

/**
 * Subgraph calls on Vert.x's HTTP client: pooled keep-alive connections, no blocking, a deadline per call.
 * Callbacks run on the caller's Vert.x context, so a request's merging never needs locks.
 *
 * <p>With deduplication on, a read-only request identical to one in flight (same subgraph URL, body and
 * headers) does not go out again: it waits for that call's answer. Only the raw answer is shared; each
 * caller decodes its own copy, since the executor merges into the decoded maps.
 */
public final class VertxSubgraphClient implements SubgraphClient, AutoCloseable {

    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence ACCEPT = HttpHeaders.createOptimized(
            "application/graphql-response+json, application/json;q=0.9");

    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;
    private final boolean deduplicate;
    private final ConcurrentMap<InFlightKey, Future<RawAnswer>> inFlight = new ConcurrentHashMap<>();

    public VertxSubgraphClient(Vertx vertx, ObjectMapper json, int maxConnectionsPerSubgraph, boolean deduplicate) {
        this.vertx = vertx;
        this.json = json;
        this.deduplicate = deduplicate;
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
        if (!deduplicate || !request.readOnly()) {
            return send(endpoint, body, request.headers()).map(answer -> decode(endpoint, answer));
        }
        InFlightKey key = new InFlightKey(endpoint.url().toString(), body, request.headers());
        Promise<RawAnswer> call = Promise.promise();
        Future<RawAnswer> shared = inFlight.putIfAbsent(key, call.future());
        if (shared == null) {
            send(endpoint, body, request.headers()).onComplete(outcome -> {
                inFlight.remove(key, call.future());
                call.handle(outcome);
            });
            return call.future().map(answer -> decode(endpoint, answer));
        }
        // The call in flight answers on its caller's context; this caller continues on its own.
        Context caller = vertx.getOrCreateContext();
        Promise<SubgraphResponse> result = Promise.promise();
        shared.onComplete(outcome -> caller.runOnContext(ignored -> {
            if (outcome.failed()) {
                result.fail(outcome.cause());
                return;
            }
            try {
                result.complete(decode(endpoint, outcome.result()));
            } catch (SubgraphFailure failure) {
                result.fail(failure);
            }
        }));
        return result.future();
    }

    /** One HTTP call, failed with a {@link SubgraphFailure} when it cannot be made or misses its deadline. */
    private Future<RawAnswer> send(SubgraphEndpoint endpoint, Buffer body, Map<String, String> extraHeaders) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap()
                .add(HttpHeaders.CONTENT_TYPE, JSON)
                .add(HttpHeaders.ACCEPT, ACCEPT);
        extraHeaders.forEach(headers::add);
        RequestOptions options = new RequestOptions()
                .setMethod(HttpMethod.POST)
                .setHost(endpoint.url().getHost())
                .setPort(endpoint.port())
                .setSsl(endpoint.secure())
                .setURI(endpoint.requestUri())
                .setHeaders(headers)
                .setIdleTimeout(endpoint.timeout().toMillis());

        Promise<RawAnswer> result = Promise.promise();
        long timeoutMillis = endpoint.timeout().toMillis();
        long timer = vertx.setTimer(timeoutMillis, id -> result.tryFail(new SubgraphFailure(endpoint.name(),
                "request to " + endpoint.url() + " timed out after " + timeoutMillis + " ms", 0)));
        http.request(options)
                .compose(clientRequest -> clientRequest.send(body))
                .compose(response -> response.body().map(responseBody ->
                        new RawAnswer(response.statusCode(), response.statusMessage(), responseBody)))
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
    private SubgraphResponse decode(SubgraphEndpoint endpoint, RawAnswer answer) {
        int status = answer.status();
        Buffer body = answer.body();
        if (status < 200 || status >= 300) {
            throw new SubgraphFailure(endpoint.name(), status + ": " + answer.statusMessage(), status);
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

    /** A subgraph's answer as it came over the wire; read-only once received. */
    private record RawAnswer(int status, String statusMessage, Buffer body) {
    }

    /** What makes two calls the same call. Vert.x buffers compare by content. */
    private record InFlightKey(String url, Buffer body, Map<String, String> headers) {
    }
}
