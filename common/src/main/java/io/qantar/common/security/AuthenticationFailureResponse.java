package io.qantar.common.security;

import io.quarkus.security.AuthenticationFailedException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Answers a request whose bearer token is refused (bad signature, expired, wrong issuer or audience, the
 * {@code none} algorithm...) with HTTP 401 and a GraphQL error body coded {@code UNAUTHENTICATED}, instead of
 * Quarkus's empty 401, so that a GraphQL client can read why. A request without a token is not refused here: it
 * is anonymous, and the schema decides what it may do.
 *
 * <p>The message does not say which check failed: that would help an attacker more than a client; the service's
 * log has the reason.
 */
@ApplicationScoped
public class AuthenticationFailureResponse {

    static final String BODY = "{\"errors\":[{\"message\":\"The bearer token was refused: it is malformed, expired, "
            + "not signed by a trusted key, or not issued for this service\",\"extensions\":{\"code\":\"UNAUTHENTICATED\"}}]}";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).failureHandler(this::handle);
    }

    private void handle(RoutingContext context) {
        if (!(context.failure() instanceof AuthenticationFailedException) || context.response().ended()) {
            context.next();
            return;
        }
        String accept = context.request().getHeader(HttpHeaders.ACCEPT);
        String contentType = accept != null && accept.contains("application/graphql-response+json")
                ? "application/graphql-response+json; charset=utf-8"
                : "application/json; charset=utf-8";
        context.response()
                .setStatusCode(401)
                .putHeader(HttpHeaders.CONTENT_TYPE, contentType)
                .putHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .end(BODY);
    }
}
