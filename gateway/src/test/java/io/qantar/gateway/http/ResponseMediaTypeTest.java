package io.qantar.gateway.http;

import org.junit.jupiter.api.Test;

import static io.qantar.gateway.http.ResponseMediaType.GRAPHQL_RESPONSE_JSON;
import static io.qantar.gateway.http.ResponseMediaType.JSON;
import static io.qantar.gateway.http.ResponseMediaType.negotiate;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class ResponseMediaTypeTest {

    @Test
    void followsTheAcceptHeader() {
        assertEquals(JSON, negotiate(null), "legacy clients send no Accept header");
        assertEquals(GRAPHQL_RESPONSE_JSON, negotiate("application/graphql-response+json, application/json;q=0.9"));
        assertEquals(JSON, negotiate("application/graphql-response+json;q=0.5, application/json"));
        assertEquals(JSON, negotiate("application/json, */*"), "an exact type beats a wildcard of equal quality");
        assertEquals(GRAPHQL_RESPONSE_JSON, negotiate("application/json, application/graphql-response+json"),
                "between two exact types of equal quality, the GraphQL response type");
        assertEquals(GRAPHQL_RESPONSE_JSON, negotiate("*/*, application/graphql-response+json"));
        assertNull(negotiate("text/html"));
        assertNull(negotiate("application/json;q=0"));
    }

    @Test
    void wildcardsGetJsonAsClientsFromBeforeTheGraphQLResponseTypeExpect() {
        assertEquals(JSON, negotiate("*/*"), "what fetch() and curl send by default");
        assertEquals(JSON, negotiate("text/html, application/*;q=0.8"));
        assertEquals(JSON, negotiate(""));
    }
}
