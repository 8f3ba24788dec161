package io.qantar.gateway.http;

import io.qantar.gateway.layers.GraphiQLAccess;
import io.qantar.gateway.layers.LayerRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * GraphiQL is static content: the build bundles it into {@code META-INF/resources/graphiql/}, which Quarkus serves
 * at {@code /graphiql/}. Its page loads its scripts by relative path, which resolve only under the trailing slash,
 * so {@code /graphiql} redirects there instead of answering 404. Production does not serve it unless configured
 * ({@code qantar.gateway.exposure.graphiql}): a refused request gets 404, as if there were no page.
 */
@ApplicationScoped
public class GraphiQLRoutes {

    public static final String PATH = "/graphiql";

    private final GraphiQLAccess access;

    public GraphiQLRoutes(GraphiQLAccess access) {
        this.access = access;
    }

    void register(@Observes Router router) {
        // First: the page, its scripts and the redirect are all refused alike.
        router.routeWithRegex(PATH + "(/.*)?").order(-1).handler(this::gate);
        router.route(PATH).method(HttpMethod.GET).method(HttpMethod.HEAD).handler(GraphiQLRoutes::redirect);
    }

    private void gate(RoutingContext context) {
        if (access.allows(new LayerRequest(context.request().method(), context.request().headers()))) {
            context.next();
            return;
        }
        context.response().setStatusCode(404).end();
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
