package io.qantar.gateway.layers;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;

/**
 * What the layers know about one HTTP request: its method and headers, and who is calling once
 * authentication has run. One per request, used on its event loop only.
 */
public final class LayerRequest {

    private final HttpMethod method;
    private final MultiMap headers;
    private Caller caller = Caller.ANONYMOUS;

    public LayerRequest(HttpMethod method, MultiMap headers) {
        this.method = method;
        this.headers = headers;
    }

    public HttpMethod method() {
        return method;
    }

    /** A request header's value, or null. */
    public String header(String name) {
        return headers.get(name);
    }

    public MultiMap headers() {
        return headers;
    }

    public Caller caller() {
        return caller;
    }

    void caller(Caller caller) {
        this.caller = caller;
    }
}
