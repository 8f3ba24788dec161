package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import graphql.language.OperationDefinition;
import io.qantar.gateway.error.ErrorCodes;
import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.plan.PlanningException;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import org.jboss.logging.Logger;

import java.io.IOException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The GraphQL-over-HTTP endpoint: reads the request, lets the current pipeline prepare and execute it, and
 * writes the response with the status codes of the spec. It runs on the event loop and never blocks.
 */
public final class GraphQLHttpHandler {

    /** Request headers that ask for the query plan in {@code extensions}. */
    static final List<String> PLAN_HEADERS = List.of("Apollo-Query-Plan-Experimental", "X-Qantar-Query-Plan");
    /** Where the plan goes, the extension Apollo's gateway uses. */
    static final String PLAN_EXTENSION = "__queryPlanExperimental";

    private static final Logger LOG = Logger.getLogger(GraphQLHttpHandler.class);

    private final Gateway gateway;
    private final ResponseWriter responses;
    private final GraphQLRequestReader reader;
    private final List<String> propagatedHeaders;

    public GraphQLHttpHandler(Gateway gateway, ObjectMapper json, List<String> propagatedHeaders) {
        this.gateway = gateway;
        this.reader = new GraphQLRequestReader(json);
        this.responses = new ResponseWriter(json);
        this.propagatedHeaders = List.copyOf(propagatedHeaders);
    }

    public void post(RoutingContext context) {
        handle(context, false);
    }

    public void get(RoutingContext context) {
        handle(context, true);
    }

    public void methodNotAllowed(RoutingContext context) {
        context.response().putHeader(HttpHeaders.ALLOW, "GET, POST");
        write(context, 405, ResponseMediaType.JSON, errors(GraphQLError.of(
                "GraphQL requests must use GET or POST.", ErrorCodes.BAD_REQUEST)));
    }

    private void handle(RoutingContext context, boolean viaGet) {
        HttpServerRequest http = context.request();
        ResponseMediaType mediaType = ResponseMediaType.negotiate(http.getHeader(HttpHeaders.ACCEPT));
        if (mediaType == null) {
            write(context, 406, ResponseMediaType.JSON, errors(GraphQLError.of("Acceptable response types are "
                    + "application/graphql-response+json and application/json.", ErrorCodes.BAD_REQUEST)));
            return;
        }
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
        PreparedRequest prepared;
        try {
            prepared = pipeline.prepare(request);
        } catch (RequestException e) {
            write(context, mediaType.requestErrorStatus(), mediaType, errors(e.errors()));
            return;
        } catch (PlanningException e) {
            LOG.errorf("cannot plan an operation: %s", e.getMessage());
            write(context, 500, mediaType, errors(GraphQLError.of("Cannot plan this operation: " + e.getMessage(),
                    ErrorCodes.INTERNAL_SERVER_ERROR)));
            return;
        } catch (RuntimeException e) {
            internalError(context, mediaType, e);
            return;
        }
        if (viaGet && prepared.kind() != OperationDefinition.Operation.QUERY) {
            context.response().putHeader(HttpHeaders.ALLOW, "POST");
            write(context, 405, mediaType, errors(GraphQLError.of(
                    "Can only perform a " + prepared.kind().name().toLowerCase() + " operation from a POST request.",
                    ErrorCodes.BAD_REQUEST)));
            return;
        }
        boolean showPlan = PLAN_HEADERS.stream().map(http::getHeader)
                .anyMatch(v -> v != null && !v.isBlank() && !v.equals("0") && !v.equalsIgnoreCase("false"));
        Future<ExecutionResult> execution;
        try {
            execution = pipeline.execute(prepared, propagated(http));
        } catch (RuntimeException e) {
            internalError(context, mediaType, e);
            return;
        }
        execution.onComplete(outcome -> {
            if (outcome.failed()) {
                internalError(context, mediaType, outcome.cause());
                return;
            }
            ExecutionResult result = outcome.result();
            if (showPlan) {
                result = result.withExtension(PLAN_EXTENSION, prepared.plan().text());
            }
            write(context, 200, mediaType, result.toSpecification());
        });
    }

    /** A bug, not the client's doing: logged with its stack trace, answered without it. */
    private void internalError(RoutingContext context, ResponseMediaType mediaType, Throwable cause) {
        LOG.error("cannot answer a GraphQL request", cause);
        write(context, 500, mediaType, errors(GraphQLError.of("Internal server error",
                ErrorCodes.INTERNAL_SERVER_ERROR)));
    }

    private Map<String, String> propagated(HttpServerRequest http) {
        if (propagatedHeaders.isEmpty()) {
            return Map.of();
        }
        Map<String, String> headers = new HashMap<>(propagatedHeaders.size());
        for (String name : propagatedHeaders) {
            String value = http.getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        return headers;
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
