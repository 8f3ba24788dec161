package io.qantar.gateway.runtime;

import io.qantar.gateway.layers.CsrfLayer;
import io.qantar.gateway.layers.HeaderForwardingLayer;
import io.qantar.gateway.layers.HttpMethodLayer;
import io.qantar.gateway.layers.Layer;
import io.qantar.gateway.layers.LayerChain;
import io.qantar.gateway.layers.QueryPlanLayer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import java.util.ArrayList;
import java.util.List;

/** Builds the request path's layers from the configuration, in the order a request meets them. */
@ApplicationScoped
public class GatewayLayers {

    @Produces
    @Singleton
    LayerChain layers(GatewayConfig config) {
        List<Layer> layers = new ArrayList<>();
        if (config.csrf().enabled()) {
            layers.add(new CsrfLayer(config.csrf().requiredHeaders()));
        }
        layers.add(new HttpMethodLayer());
        layers.add(new HeaderForwardingLayer(config.propagateHeaders()));
        layers.add(new QueryPlanLayer());
        return new LayerChain(layers);
    }
}
