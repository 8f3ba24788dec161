package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.runtime.GatewayConfig;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Mounts the GraphQL endpoint on the HTTP server's router. */
@ApplicationScoped
public class GraphQLRoutes {

    public static final String PATH = "/graphql";
    private static final long MAX_BODY_BYTES = 2L * 1024 * 1024;

    void register(@Observes Router router, Gateway gateway, GatewayConfig config, ObjectMapper json) {
        GraphQLHttpHandler handler = new GraphQLHttpHandler(gateway, json, config.propagateHeaders());
        router.route(HttpMethod.POST, PATH).handler(BodyHandler.create(false).setBodyLimit(MAX_BODY_BYTES))
                .handler(handler::post);
        router.route(HttpMethod.GET, PATH).handler(handler::get);
        router.route(PATH).handler(handler::methodNotAllowed);
    }
}
