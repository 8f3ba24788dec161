package io.qantar.gateway.runtime;

import io.qantar.gateway.layers.AuthenticationLayer;
import io.qantar.gateway.layers.AuthorizationLayer;
import io.qantar.gateway.layers.Exposure;
import io.qantar.gateway.layers.GraphiQLAccess;
import io.qantar.gateway.layers.IntrospectionLayer;
import io.qantar.gateway.layers.CsrfLayer;
import io.qantar.gateway.layers.DemandControlLayer;
import io.qantar.gateway.layers.HeaderForwardingLayer;
import io.qantar.gateway.layers.HttpMethodLayer;
import io.qantar.gateway.layers.Layer;
import io.qantar.gateway.layers.LayerChain;
import io.qantar.gateway.layers.QueryPlanLayer;
import io.qantar.gateway.pipeline.Gateway;
import io.smallrye.jwt.auth.principal.JWTParser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.Config;
import org.jboss.logging.Logger;

import java.util.ArrayList;
import java.util.List;

/** Builds the request path's layers from the configuration, in the order a request meets them. */
@ApplicationScoped
public class GatewayLayers {

    private static final Logger LOG = Logger.getLogger(GatewayLayers.class);
    /** Where SmallRye JWT finds a verification key; without one no token can be verified. */
    private static final List<String> KEY_PROPERTIES = List.of("mp.jwt.verify.publickey.location",
            "mp.jwt.verify.publickey", "smallrye.jwt.verify.key.location", "smallrye.jwt.verify.secretkey");

    @Produces
    @Singleton
    LayerChain layers(GatewayConfig config, Config mpConfig, Instance<JWTParser> parser, Gateway gateway) {
        List<Layer> layers = new ArrayList<>();
        if (config.csrf().enabled()) {
            layers.add(new CsrfLayer(config.csrf().requiredHeaders()));
        }
        layers.add(new AuthenticationLayer(hasKey(mpConfig) ? parser.get() : null));
        layers.add(new HttpMethodLayer());
        layers.add(new AuthorizationLayer(gateway, config.authorization().rejectUnauthorized(),
                config.authorization().policies()));
        layers.add(new IntrospectionLayer(exposure(config.exposure().introspection(), "introspection")));
        layers.add(new HeaderForwardingLayer(config.propagateHeaders()));
        layers.add(new QueryPlanLayer(exposure(config.exposure().queryPlan(), "query-plan")));
        layers.add(new DemandControlLayer(config.limits().exposeCost()));
        return new LayerChain(layers);
    }

    /** Who may load the GraphiQL page, for the route that serves it. */
    @Produces
    @Singleton
    GraphiQLAccess graphiql(GatewayConfig config, LayerChain chain) {
        AuthenticationLayer authentication = chain.layers().stream().filter(AuthenticationLayer.class::isInstance)
                .map(AuthenticationLayer.class::cast).findFirst().orElseThrow();
        return new GraphiQLAccess(exposure(config.exposure().graphiql(), "graphiql"), authentication);
    }

    static Exposure exposure(String setting, String name) {
        Exposure exposure = Exposure.parse(setting, "qantar.gateway.exposure." + name);
        LOG.infof("qantar.gateway.exposure.%s=%s", name, exposure);
        return exposure;
    }

    private static boolean hasKey(Config config) {
        boolean configured = KEY_PROPERTIES.stream()
                .anyMatch(name -> config.getOptionalValue(name, String.class).filter(v -> !v.isBlank()).isPresent());
        if (!configured) {
            LOG.warn("no token verification key is configured (mp.jwt.verify.publickey.location): anonymous requests "
                    + "are served and every bearer token is refused with UNAUTHENTICATED");
        }
        return configured;
    }
}
