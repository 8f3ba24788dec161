package io.qantar.gateway.layers;

import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class CsrfLayerTest {

    private final CsrfLayer csrf = new CsrfLayer(CsrfLayer.DEFAULT_REQUIRED_HEADERS);

    private static LayerRequest request(HttpMethod method, String... headers) {
        MultiMap map = MultiMap.caseInsensitiveMultiMap();
        for (int i = 0; i < headers.length; i += 2) {
            map.add(headers[i], headers[i + 1]);
        }
        return new LayerRequest(method, map);
    }

    @Test
    void postWithAPreflightedContentTypePasses() {
        assertDoesNotThrow(() -> csrf.beforeBody(request(HttpMethod.POST, "Content-Type", "application/json")));
        assertDoesNotThrow(() -> csrf.beforeBody(request(HttpMethod.POST,
                "Content-Type", "application/graphql-response+json; charset=utf-8")));
    }

    @Test
    void simpleRequestsNeedARequiredHeader() {
        for (LayerRequest simple : new LayerRequest[]{
                request(HttpMethod.GET),
                request(HttpMethod.POST),
                request(HttpMethod.POST, "Content-Type", "text/plain"),
                request(HttpMethod.POST, "Content-Type", " Multipart/Form-Data ; boundary=x"),
                request(HttpMethod.POST, "Content-Type", "application/x-www-form-urlencoded"),
                request(HttpMethod.GET, "Content-Type", "application/json"),
                request(HttpMethod.GET, "apollo-require-preflight", " ")}) {
            LayerRefusal refusal = assertThrows(LayerRefusal.class, () -> csrf.beforeBody(simple));
            assertEquals(400, refusal.status());
            assertEquals("BAD_REQUEST", refusal.error().code());
        }
        assertDoesNotThrow(() -> csrf.beforeBody(request(HttpMethod.GET, "Apollo-Require-Preflight", "true")));
        assertDoesNotThrow(() -> csrf.beforeBody(request(HttpMethod.POST, "Content-Type", "text/plain",
                "x-apollo-operation-name", "Op")));
    }
}
