package io.qantar.gateway.layers;

import io.qantar.gateway.testing.TestTokens;
import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AuthenticationLayerTest {

    private static final TestTokens TOKENS = new TestTokens();
    private final AuthenticationLayer layer = new AuthenticationLayer(parser());

    private static DefaultJWTParser parser() {
        JWTAuthContextInfo info = new JWTAuthContextInfo(TOKENS.keys().getPublic(), TestTokens.ISSUER);
        info.setExpectedAudience(Set.of(TestTokens.AUDIENCE));
        info.setClockSkew(60);
        return new DefaultJWTParser(info);
    }

    private static LayerRequest request(String authorization) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap();
        if (authorization != null) {
            headers.add("Authorization", authorization);
        }
        return new LayerRequest(HttpMethod.POST, headers);
    }

    @Test
    void noTokenIsAnonymous() {
        LayerRequest request = request(null);
        layer.beforeBody(request);
        assertFalse(request.caller().authenticated());
        assertTrue(request.caller().scopes().isEmpty());
    }

    @Test
    void aValidTokenNamesTheCallerAndTheirScopes() {
        LayerRequest request = request("Bearer " + TOKENS.sign(TestTokens.claims("editor@example.org",
                "qantar:edit qantar:retire").claim("scp", List.of("extra")).groups(Set.of("newsroom"))));
        layer.beforeBody(request);
        assertTrue(request.caller().authenticated());
        assertEquals("editor@example.org", request.caller().subject());
        assertEquals(Set.of("qantar:edit", "qantar:retire", "extra", "newsroom"), request.caller().scopes());
        LayerRequest lowerCase = request("bearer " + TOKENS.token("reader", ""));
        layer.beforeBody(lowerCase);
        assertEquals(Set.of(), lowerCase.caller().scopes());
    }

    @Test
    void everyBadTokenIs401Unauthenticated() {
        TestTokens otherKey = new TestTokens();
        Instant longAgo = Instant.now().minusSeconds(3600);
        List<String> bad = List.of(
                "Bearer " + TOKENS.sign(TestTokens.claims("x", "qantar:edit").issuedAt(longAgo)
                        .expiresAt(longAgo.plusSeconds(300))),
                "Bearer " + TOKENS.sign(TestTokens.claims("x", "qantar:edit").issuer("someone-else")),
                "Bearer " + TOKENS.sign(TestTokens.claims("x", "qantar:edit").audience("another-api")),
                "Bearer " + otherKey.token("x", "qantar:edit"),
                "Bearer " + TestTokens.unsigned("x", "qantar:edit"),
                "Bearer not.a.token",
                "Bearer ",
                "Basic dXNlcjpwYXNz",
                "Bearer " + TOKENS.token("x", "qantar:edit").replace('.', '!'));
        for (String authorization : bad) {
            LayerRefusal refusal = assertThrows(LayerRefusal.class, () -> layer.beforeBody(request(authorization)),
                    authorization);
            assertEquals(401, refusal.status());
            assertEquals("UNAUTHENTICATED", refusal.error().code());
            assertTrue(refusal.headers().containsKey("WWW-Authenticate"));
        }
    }

    @Test
    void withinTheClockSkewAnExpiredTokenStillPasses() {
        Instant recently = Instant.now().minusSeconds(30);
        layer.beforeBody(request("Bearer " + TOKENS.sign(TestTokens.claims("x", "")
                .issuedAt(recently.minusSeconds(300)).expiresAt(recently))));
    }

    @Test
    void withoutAKeyEveryTokenIsRefusedAndAnonymousStillWorks() {
        AuthenticationLayer keyless = new AuthenticationLayer(null);
        keyless.beforeBody(request(null));
        assertThrows(LayerRefusal.class, () -> keyless.beforeBody(request("Bearer " + TOKENS.token("x", ""))));
    }
}
