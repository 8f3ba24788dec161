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
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.net.ConnectException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Subgraph calls on Vert.x's HTTP client: pooled keep-alive connections, no blocking, a deadline per call.
 * Callbacks run on the caller's Vert.x context, so a request's merging never needs locks.
 *
 * <p>A call that misses its deadline, or whose {@link Cancellation} fires, is reset: the subgraph sees its
 * connection close and can stop working on an answer nobody will read.
 *
 * <p>With deduplication on, a read-only request identical to one in flight (same subgraph URL, body and
 * headers) does not go out again: it waits for that call's answer. Only the raw answer is shared; each
 * caller decodes its own copy, since the executor merges into the decoded maps. The shared call is reset only
 * when every caller waiting for it has been cancelled.
 */
public final class VertxSubgraphClient implements SubgraphClient, AutoCloseable {

    private static final Logger LOG = Logger.getLogger(VertxSubgraphClient.class);
    private static final CharSequence JSON = HttpHeaders.createOptimized("application/json");
    private static final CharSequence ACCEPT = HttpHeaders.createOptimized(
            "application/graphql-response+json, application/json;q=0.9");

    private final Vertx vertx;
    private final HttpClient http;
    private final ObjectMapper json;
    private final boolean deduplicate;
    private final ConcurrentMap<InFlightKey, SharedCall> inFlight = new ConcurrentHashMap<>();

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
        return execute(request, Cancellation.NONE);
    }

    @Override
    public Future<SubgraphResponse> execute(SubgraphRequest request, Cancellation cancellation) {
        SubgraphEndpoint endpoint = request.endpoint();
        if (cancellation.cancelled()) {
            return Future.failedFuture(cancelled(endpoint));
        }
        Buffer body;
        try {
            body = Buffer.buffer(json.writeValueAsBytes(requestBody(request)));
        } catch (JsonProcessingException e) {
            return Future.failedFuture(new SubgraphFailure(endpoint.name(), SubgraphFailure.Kind.BAD_REQUEST,
                    "The gateway cannot encode the request to subgraph \"" + endpoint.name() + "\".", 0,
                    e.getOriginalMessage()));
        }
        if (!deduplicate || !request.readOnly()) {
            return send(endpoint, body, request.headers(), cancellation).map(answer -> decode(endpoint, answer));
        }
        InFlightKey key = new InFlightKey(endpoint.url().toString(), body, request.headers());
        SharedCall call = new SharedCall();
        SharedCall shared = inFlight.putIfAbsent(key, call);
        if (shared == null || !shared.join()) {
            if (shared != null) {
                // Every caller of that call was cancelled: it is being reset, so this one goes out on its own.
                inFlight.replace(key, shared, call);
            }
            call.join();
            send(endpoint, body, request.headers(), call.cancellation).onComplete(outcome -> {
                inFlight.remove(key, call);
                call.answer.handle(outcome);
            });
            shared = call;
        }
        SharedCall joined = shared;
        Runnable unregister = cancellation.onCancel(joined::leave);
        // The call in flight answers on its first caller's context; every caller continues on its own.
        Context caller = vertx.getOrCreateContext();
        Promise<SubgraphResponse> result = Promise.promise();
        cancellation.onCancel(() -> result.tryFail(cancelled(endpoint)));
        joined.answer.future().onComplete(outcome -> caller.runOnContext(ignored -> {
            unregister.run();
            if (outcome.failed()) {
                result.tryFail(outcome.cause());
                return;
            }
            try {
                result.tryComplete(decode(endpoint, outcome.result()));
            } catch (SubgraphFailure failure) {
                result.tryFail(failure);
            }
        }));
        return result.future();
    }

    /**
     * One HTTP call, failed with a {@link SubgraphFailure} when it cannot be made, misses its deadline or is
     * cancelled; in the last two cases the HTTP request is reset.
     */
    private Future<RawAnswer> send(SubgraphEndpoint endpoint, Buffer body, Map<String, String> extraHeaders,
                                   Cancellation cancellation) {
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
        AtomicReference<HttpClientRequest> sent = new AtomicReference<>();
        Runnable abandon = () -> {
            HttpClientRequest request = sent.get();
            if (request != null) {
                request.reset();
            }
        };
        long timeoutMillis = endpoint.timeout().toMillis();
        long timer = vertx.setTimer(timeoutMillis, id -> {
            if (result.tryFail(timedOut(endpoint))) {
                abandon.run();
            }
        });
        Runnable unregister = cancellation.onCancel(() -> {
            if (result.tryFail(cancelled(endpoint))) {
                abandon.run();
            }
        });
        http.request(options)
                .compose(clientRequest -> {
                    sent.set(clientRequest);
                    if (result.future().isComplete()) {
                        // Timed out or cancelled while waiting for a pooled connection: never send it.
                        clientRequest.reset();
                        return Future.failedFuture(cancelled(endpoint));
                    }
                    return clientRequest.send(body);
                })
                .compose(response -> response.body().map(responseBody ->
                        new RawAnswer(response.statusCode(), response.statusMessage(), responseBody)))
                .onComplete(outcome -> {
                    vertx.cancelTimer(timer);
                    unregister.run();
                    if (outcome.succeeded()) {
                        result.tryComplete(outcome.result());
                    } else if (!result.future().isComplete()) {
                        SubgraphFailure failure = failure(endpoint, outcome.cause());
                        LOG.debugf("subgraph %s at %s: %s", endpoint.name(), endpoint.url(), failure.detail());
                        result.tryFail(failure);
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
            throw new SubgraphFailure(endpoint.name(), SubgraphFailure.Kind.HTTP_STATUS, "Subgraph \""
                    + endpoint.name() + "\" answered HTTP " + status + ".", status,
                    endpoint.url() + " answered " + status + " " + answer.statusMessage());
        }
        Object parsed;
        try (ByteBufInputStream in = new ByteBufInputStream(body.getByteBuf())) {
            parsed = json.readValue((java.io.InputStream) in, Object.class);
        } catch (IOException e) {
            throw notGraphQL(endpoint, status, "invalid JSON: " + abbreviate(body.toString()));
        }
        if (!(parsed instanceof Map<?, ?> map)) {
            throw notGraphQL(endpoint, status, "not a JSON object: " + abbreviate(body.toString()));
        }
        Object data = map.get("data");
        Object errors = map.get("errors");
        boolean dataOk = data == null || data instanceof Map;
        boolean errorsOk = errors == null || (errors instanceof List<?> list && list.stream().allMatch(Map.class::isInstance));
        if (!dataOk || !errorsOk || (!map.containsKey("data") && errors == null)) {
            throw notGraphQL(endpoint, status, "no data or errors: " + abbreviate(body.toString()));
        }
        return new SubgraphResponse((Map<String, Object>) data,
                errors == null ? List.of() : (List<Map<String, Object>>) errors);
    }

    private static SubgraphFailure notGraphQL(SubgraphEndpoint endpoint, int status, String detail) {
        return new SubgraphFailure(endpoint.name(), SubgraphFailure.Kind.BAD_RESPONSE, "Subgraph \"" + endpoint.name()
                + "\" sent a response that is not a GraphQL response.", status, endpoint.url() + " sent " + detail);
    }

    private static SubgraphFailure timedOut(SubgraphEndpoint endpoint) {
        long millis = endpoint.timeout().toMillis();
        return new SubgraphFailure(endpoint.name(), SubgraphFailure.Kind.TIMEOUT, "Subgraph \"" + endpoint.name()
                + "\" timed out after " + millis + " ms.", 0, endpoint.url() + " gave no answer within " + millis + " ms");
    }

    private static SubgraphFailure cancelled(SubgraphEndpoint endpoint) {
        return new SubgraphFailure(endpoint.name(), SubgraphFailure.Kind.CANCELLED, "The request to subgraph \""
                + endpoint.name() + "\" was cancelled.", 0, "cancelled: the client left or its deadline passed");
    }

    private static SubgraphFailure failure(SubgraphEndpoint endpoint, Throwable cause) {
        if (cause instanceof SubgraphFailure failure) {
            return failure;
        }
        String reason = cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName();
        if (cause instanceof TimeoutException || reason.contains("timeout")) {
            return timedOut(endpoint);
        }
        String detail = endpoint.url() + ": " + (cause instanceof ConnectException ? "connection refused, " : "") + reason;
        return new SubgraphFailure(endpoint.name(), SubgraphFailure.Kind.UNREACHABLE, "Subgraph \"" + endpoint.name()
                + "\" is unavailable.", 0, detail);
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

    /** A call shared by identical requests: reset once all of its callers are cancelled. */
    private static final class SharedCall {

        final Promise<RawAnswer> answer = Promise.promise();
        final Cancellation cancellation = Cancellation.create();
        private int callers;

        /** Adds a caller; false when the call is already being abandoned. */
        synchronized boolean join() {
            if (cancellation.cancelled()) {
                return false;
            }
            callers++;
            return true;
        }

        void leave() {
            boolean last;
            synchronized (this) {
                last = --callers == 0;
            }
            if (last) {
                cancellation.cancel();
            }
        }
    }
}
