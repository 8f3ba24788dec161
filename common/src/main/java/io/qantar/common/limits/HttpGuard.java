package io.qantar.common.limits;

import io.qantar.common.error.CodedRefusal;
import io.qantar.common.error.ErrorCodes;
import io.qantar.common.error.RequestBodyCheck;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The first route of the GraphQL endpoint, ahead of the body check and of SmallRye's handler, so that a
 * request it refuses is never read, parsed or run:
 * <ul>
 * <li>CSRF, as Apollo Server and Router rule it: a GET, or a POST whose content type a browser may send
 * cross-site without a preflight ({@code text/plain}, {@code application/x-www-form-urlencoded},
 * {@code multipart/form-data}, or none), must carry {@code apollo-require-preflight} or
 * {@code x-apollo-operation-name}, which a cross-site page cannot add without a preflight; otherwise it is
 * refused with 400 {@code BAD_REQUEST}. So a mutation never runs from a cross-site form or
 * {@code text/plain} POST. The gateway sends {@code application/json} and passes.
 * <li>A body over {@code quarkus.http.limits.max-body-size} is answered 413 with a coded GraphQL error
 * ({@code PAYLOAD_TOO_LARGE}), where Vert.x would answer with an empty body.
 * <li>A POST body is JSON ({@code application/json}) or a bare document ({@code application/graphql}), in UTF-8:
 * anything else is answered 415, where SmallRye would try to parse it as JSON anyway.
 * <li>Then, on a route of its own that this class registers too, the {@link RequestBodyCheck} of the body read once.
 * </ul>
 */
@ApplicationScoped
class HttpGuard {

    private static final Set<String> SIMPLE_CONTENT_TYPES = Set.of(
            "text/plain", "application/x-www-form-urlencoded", "multipart/form-data");
    private static final Set<String> READABLE_BODIES = Set.of("application/json", "application/graphql");
    private static final List<String> PREFLIGHT_HEADERS = List.of("apollo-require-preflight", "x-apollo-operation-name");

    @ConfigProperty(name = "quarkus.smallrye-graphql.root-path", defaultValue = "graphql")
    String graphqlPath;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
    MemorySize maxBodySize;

    /** The one place where the routes ahead of SmallRye's are registered, in the order they run. */
    void register(@Observes Router router) {
        String path = graphqlPath.startsWith("/") ? graphqlPath : "/" + graphqlPath;
        router.route(path).order(Integer.MIN_VALUE)
                .handler(this::check)
                // The body check's reader fails the request with 413 when a body without a length outgrows the limit.
                .failureHandler(this::answerTooLarge);
        // Then the body, read once for the check and for SmallRye: strict UTF-8, and one JSON object of the right shape.
        router.route(HttpMethod.POST, path).order(Integer.MIN_VALUE + 1)
                .handler(BodyHandler.create(false).setBodyLimit(maxBodySize.asLongValue()))
                .handler(RequestBodyCheck::check);
    }

    private void check(RoutingContext context) {
        if (isCrossSiteSimpleRequest(context)) {
            CodedRefusal.send(context, 400, ErrorCodes.BAD_REQUEST, "This request could have been sent by any web page: a GET, or a POST"
                    + " with a content type a browser sends cross-site, must carry an 'apollo-require-preflight' or"
                    + " 'x-apollo-operation-name' header; send the operation as application/json");
            return;
        }
        if (context.request().method().equals(HttpMethod.POST)
                && !isReadableBody(context.request().getHeader(HttpHeaders.CONTENT_TYPE))) {
            CodedRefusal.send(context, 415, ErrorCodes.BAD_REQUEST, "A GraphQL POST must be sent as application/json (or"
                    + " application/graphql) in UTF-8");
            return;
        }
        String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null && isOverLimit(length)) {
            refuseTooLarge(context);
            return;
        }
        context.next();
    }

    static boolean isCrossSiteSimpleRequest(RoutingContext context) {
        HttpMethod method = context.request().method();
        if (!method.equals(HttpMethod.GET) && !method.equals(HttpMethod.POST)) {
            return false;
        }
        if (PREFLIGHT_HEADERS.stream().anyMatch(header -> context.request().getHeader(header) != null)) {
            return false;
        }
        if (method.equals(HttpMethod.GET)) {
            return true;
        }
        String contentType = context.request().getHeader(HttpHeaders.CONTENT_TYPE);
        return contentType == null || SIMPLE_CONTENT_TYPES.contains(mediaType(contentType));
    }

    static boolean isReadableBody(String contentType) {
        if (contentType == null || !READABLE_BODIES.contains(mediaType(contentType))) {
            return false;
        }
        for (String parameter : contentType.toLowerCase(Locale.ROOT).split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.startsWith("charset=") && !trimmed.substring(8).replace("\"", "").equals("utf-8")) {
                return false;
            }
        }
        return true;
    }

    /** The media type alone, lower case, without its parameters: what a browser's CORS check compares. */
    static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).trim().toLowerCase(Locale.ROOT);
    }

    private boolean isOverLimit(String length) {
        try {
            return Long.parseLong(length.trim()) > maxBodySize.asLongValue();
        } catch (NumberFormatException notANumber) {
            return false; // Vert.x refuses a malformed length itself.
        }
    }

    private void answerTooLarge(RoutingContext context) {
        if (context.statusCode() == 413 && !context.response().headWritten()) {
            refuseTooLarge(context);
        } else {
            context.next();
        }
    }

    private void refuseTooLarge(RoutingContext context) {
        // The rest of the body is not read: the connection closes after the answer.
        context.response().putHeader(HttpHeaders.CONNECTION, "close");
        CodedRefusal.send(context, 413, ErrorCodes.PAYLOAD_TOO_LARGE,
                "The request body is over this service's limit of " + maxBodySize.asLongValue() + " bytes");
    }
}
