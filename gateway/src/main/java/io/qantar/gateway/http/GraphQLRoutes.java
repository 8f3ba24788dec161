package io.qantar.gateway.http;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.layers.LayerChain;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/** Mounts the GraphQL endpoint on the HTTP server's router. */
@ApplicationScoped
public class GraphQLRoutes {

    public static final String PATH = "/graphql";

    void register(@Observes Router router, Gateway gateway, LayerChain layers, ObjectMapper json, BodyLimit bodyLimit) {
        GraphQLHttpHandler handler = new GraphQLHttpHandler(gateway, json, layers);
        // The layers that need only the headers run before the body is read, so a refused request costs no read.
        // (Vert.x wants a body handler first on its route: the header check is a route of its own before it.)
        router.route(HttpMethod.POST, PATH).handler(handler::start);
        router.route(HttpMethod.POST, PATH).handler(BodyHandler.create(false).setBodyLimit(bodyLimit.maxBytes()))
                .handler(handler::post).failureHandler(handler::bodyRefused);
        router.route(HttpMethod.GET, PATH).handler(handler::start).handler(handler::get);
        router.route(PATH).handler(handler::methodNotAllowed);
    }
}
