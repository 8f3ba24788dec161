package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.client.Cancellation;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.layers.LayerChain;
import io.qantar.gateway.layers.LayerRefusal;
import io.qantar.gateway.layers.LayerRequest;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.OperationPolicy;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.plan.PlanningException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GraphQL-over-HTTP endpoint: reads the request, runs it through the {@link LayerChain} and the current
 * pipeline, and writes the response with the status codes of the spec. It runs on the event loop and never
 * blocks: preparing a document not seen before runs on a worker. What a request may do (method, CSRF, who calls, what they may see) is the layers' business.
 */
public final class GraphQLHttpHandler {

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);
    private static final String LAYER_REQUEST = "qantar.layer-request";
    private static final String MEDIA_TYPE = "qantar.media-type";

    private final Gateway gateway;
    private final ResponseWriter responses;
    private final GraphQLRequestReader reader;
    private final LayerChain layers;

    public GraphQLHttpHandler(Gateway gateway, ObjectMapper json, LayerChain layers) {
        this.gateway = gateway;
        this.reader = new GraphQLRequestReader(json);
        this.responses = new ResponseWriter(json);
        this.layers = layers;
    }

    /** Runs before the body is read: media type negotiation and the layers that need only the headers. */
    public void start(RoutingContext context) {
        HttpServerRequest http = context.request();
        ResponseMediaType mediaType = ResponseMediaType.negotiate(http.getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            write(context, 406, ResponseMediaType.JSON, errors(GraphQLError.of("Acceptable response types are "
                    + "application/graphql-response+json and application/json.", ErrorCodes.BAD_REQUEST)));
            return;
        }
        LayerRequest request = new LayerRequest(http.method(), http.headers());
        try {
            layers.beforeBody(request);
        } catch (LayerRefusal refusal) {
            refuse(context, mediaType, refusal);
            return;
        }
        context.put(LAYER_REQUEST, request);
        context.put(MEDIA_TYPE, mediaType);
        context.next();
    }

    public void post(RoutingContext context) {
        handle(context, false);
    }

    public void get(RoutingContext context) {
        handle(context, true);
    }

    /**
     * The body handler's refusal of a body over the limit (413), answered as a GraphQL error like every other
     * refusal; any other failure on the route is a bug.
     */
    public void bodyRefused(RoutingContext context) {
        ResponseMediaType mediaType = context.get(MEDIA_TYPE);
        ResponseMediaType type = mediaType == null ? ResponseMediaType.JSON : mediaType;
        if (context.statusCode() == 413) {
            write(context, 413, type, errors(GraphQLError.of("The request body is larger than this endpoint "
                    + "accepts (qantar.gateway.limits.max-body-bytes).", ErrorCodes.PAYLOAD_TOO_LARGE)));
        } else {
            internalError(context, type, context.failure() == null
                    ? new IllegalStateException("HTTP " + context.statusCode()) : context.failure());
        }
    }

    public void methodNotAllowed(RoutingContext context) {
        context.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
        write(context, 405, ResponseMediaType.JSON, errors(GraphQLError.of(
                "GraphQL requests must use GET or POST.", ErrorCodes.BAD_REQUEST)));
    }

    private void handle(RoutingContext context, boolean viaGet) {
        HttpServerRequest http = context.request();
        LayerRequest layerRequest = context.get(LAYER_REQUEST);
        ResponseMediaType mediaType = context.get(MEDIA_TYPE);
        GraphQLRequest request;
        try {
            request = viaGet ? reader.fromParameters(http.params())
                    : reader.fromBody(http.getHeader(HttpHeaders.CONTENT_TYPE), context.body().buffer());
        } catch (HttpRequestException e) {
            write(context, e.status(), mediaType, errors(GraphQLError.of(e.getMessage(), ErrorCodes.BAD_REQUEST)));
            return;
        }
        Optional<GatewayPipeline> current = gateway.current();
        if (current.isEmpty()) {
            write(context, 503, mediaType, errors(GraphQLError.of("No supergraph is loaded yet.",
                    ErrorCodes.SERVICE_UNAVAILABLE)));
            return;
        }
        GatewayPipeline pipeline = current.get();
        PreparedRequest cached;
        OperationPolicy policy;
        try {
            layers.afterRequest(layerRequest, request);
            policy = layers.operationPolicy(layerRequest);
            cached = pipeline.prepareIfCached(request, policy);
        } catch (RuntimeException e) {
            prepareFailed(context, mediaType, e);
            return;
        }
        if (cached != null) {
            prepared(context, mediaType, layerRequest, pipeline, cached);
            return;
        }
        // A document or plan not seen before is parsed, validated, measured and planned on a worker: that work
        // grows with the document, and an event loop must never wait for it.
        context.vertx().executeBlocking(() -> pipeline.prepare(request, policy), false).onComplete(outcome -> {
            if (outcome.failed()) {
                prepareFailed(context, mediaType, outcome.cause());
            } else {
                prepared(context, mediaType, layerRequest, pipeline, outcome.result());
            }
        });
    }

    private void prepareFailed(RoutingContext context, ResponseMediaType mediaType, Throwable failure) {
        if (failure instanceof LayerRefusal refusal) {
            refuse(context, mediaType, refusal);
        } else if (failure instanceof RequestException e) {
            write(context, mediaType.requestErrorStatus(), mediaType, errors(e.errors()));
        } else if (failure instanceof PlanningException e) {
            LOG.errorf("cannot plan an operation: %s", e.getMessage());
            write(context, 500, mediaType, errors(GraphQLError.of("Cannot plan this operation: " + e.getMessage(),
                    ErrorCodes.INTERNAL_SERVER_ERROR)));
        } else {
            internalError(context, mediaType, failure);
        }
    }

    private void prepared(RoutingContext context, ResponseMediaType mediaType, LayerRequest layerRequest,
                          GatewayPipeline pipeline, PreparedRequest prepared) {
        try {
            layers.afterPreparation(layerRequest, prepared);
        } catch (RuntimeException e) {
            prepareFailed(context, mediaType, e);
            return;
        }
        Future<ExecutionResult> execution;
        // A client that goes away before its answer (closed connection) leaves nobody to read it: its subgraph
        // calls are reset and no further fetch starts. After the response ends, cancelling changes nothing.
        Cancellation cancellation = Cancellation.create();
        context.addEndHandler(ended -> cancellation.cancel());
        try {
            execution = pipeline.execute(prepared, layers.forwardedHeaders(layerRequest), cancellation);
        } catch (RuntimeException e) {
            internalError(context, mediaType, e);
            return;
        }
        execution.onComplete(outcome -> {
            if (outcome.failed()) {
                internalError(context, mediaType, outcome.cause());
                return;
            }
            ExecutionResult result;
            try {
                result = layers.beforeResponse(layerRequest, prepared, outcome.result());
            } catch (RuntimeException e) {
                internalError(context, mediaType, e);
                return;
            }
            write(context, 200, mediaType, result.toSpecification());
        });
    }

    private void refuse(RoutingContext context, ResponseMediaType mediaType, LayerRefusal refusal) {
        refusal.headers().forEach(context.response()::putHeader);
        int status = refusal.status() == 0 ? mediaType.requestErrorStatus() : refusal.status();
        write(context, status, mediaType, errors(refusal.error()));
    }

    /** A bug, not the client's doing: logged with its stack trace, answered without it. */
    private void internalError(RoutingContext context, ResponseMediaType mediaType, Throwable cause) {
        LOG.error("cannot answer a GraphQL request", cause);
        write(context, 500, mediaType, errors(GraphQLError.of("Internal server error",
                ErrorCodes.INTERNAL_SERVER_ERROR)));
    }

    private static Map<String, Object> errors(GraphQLError error) {
        return errors(List.of(error));
    }

    private static Map<String, Object> errors(List<GraphQLError> errors) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("errors", errors.stream().map(GraphQLError::toSpecification).toList());
        return body;
    }

    private void write(RoutingContext context, int status, ResponseMediaType mediaType, Map<String, Object> body) {
        if (context.response().closed()) {
            return;
        }
        Buffer buffer;
        try {
            buffer = responses.write(body);
        } catch (IOException | RuntimeException e) {
            LOG.error("cannot encode a response", e);
            status = 500;
            buffer = Buffer.buffer("{\"errors\":[{\"message\":\"Internal server error\"}]}");
        }
        context.response().setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, mediaType.value + "; charset=utf-8")
                .end(buffer);
    }
}
