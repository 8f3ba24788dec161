package io.qantar.gateway.http;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * GraphiQL is static content: the build bundles it into {@code META-INF/resources/graphiql/}, which Quarkus serves
 * at {@code /graphiql/}. Its page loads its scripts by relative path, which resolve only under the trailing slash,
 * so {@code /graphiql} redirects there instead of answering 404.
 */
@ApplicationScoped
public class GraphiQLRoutes {

    public static final String PATH = "/graphiql";

    void register(@Observes Router router) {
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(GraphiQLRoutes::redirect);
    }

    private static void redirect(RoutingContext context) {
        // A route's path also matches the path with a trailing slash: that one is the page itself.
        if (context.request().path().endsWith("/")) {
            context.next();
            return;
        }
        String query = context.request().query();
        context.redirect(PATH + "/" + (query == null || query.isEmpty() ? "" : "?" + query));
    }
}
