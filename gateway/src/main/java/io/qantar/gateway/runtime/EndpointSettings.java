package io.qantar.gateway.runtime;

import io.qantar.gateway.http.BodyLimit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/** The HTTP endpoint's own settings, from the configuration. */
@ApplicationScoped
public class EndpointSettings {

    @Produces
    @Singleton
    BodyLimit bodyLimit(GatewayConfig config) {
        return new BodyLimit(config.limits().maxBodyBytes());
    }
}
