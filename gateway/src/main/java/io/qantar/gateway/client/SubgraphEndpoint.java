package io.qantar.gateway.client;

import java.net.URI;
import java.time.Duration;

/**
 * Where and how to call one subgraph.
 *
 * @param name    the subgraph name, as errors report it
 * @param url     its GraphQL endpoint
 * @param timeout how long a call may take before it counts as failed
 */
public record SubgraphEndpoint(String name, URI url, Duration timeout) {

    public boolean secure() {
        return "https".equalsIgnoreCase(url.getScheme());
    }

    public int port() {
        return url.getPort() > 0 ? url.getPort() : secure() ? 443 : 80;
    }

    public String requestUri() {
        String path = url.getRawPath() == null || url.getRawPath().isEmpty() ? "/" : url.getRawPath();
        return url.getRawQuery() == null ? path : path + "?" + url.getRawQuery();
    }
}
