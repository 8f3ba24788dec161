package io.qantar.gateway.layers;

import io.qantar.gateway.error.GraphQLError;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who is calling. A request without {@code Authorization} is anonymous: reads stay open unless the schema says
 * otherwise (see {@link AuthorizationLayer}). A bearer token is verified by SmallRye JWT with the MicroProfile JWT
 * settings ({@code mp.jwt.verify.*}: key or JWKS URL, issuer, audience, algorithm, clock skew); a token that does not
 * verify, whatever the reason, is refused with 401 {@code UNAUTHENTICATED}, never treated as anonymous, so a client
 * learns at once that its token is no good. The reason is logged at debug level only.
 */
public final class AuthenticationLayer implements Layer {

    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    private static final Logger LOG = Logger.getLogger(AuthenticationLayer.class);
    private static final String BEARER = "bearer ";

    private final JWTParser parser;

    /** @param parser the token parser, or null when no verification key is configured (every token is refused) */
    public AuthenticationLayer(JWTParser parser) {
        this.parser = parser;
    }

    @Override
    public void beforeBody(LayerRequest request) {
        String authorization = request.header("Authorization");
        if (authorization == null) {
            return;
        }
        if (authorization.length() <= BEARER.length()
                || !authorization.substring(0, BEARER.length()).toLowerCase(Locale.ROOT).equals(BEARER)) {
            throw refusal("The Authorization header must be \"Bearer <token>\".");
        }
        String token = authorization.substring(BEARER.length()).trim();
        if (token.isEmpty()) {
            throw refusal("The Authorization header must be \"Bearer <token>\".");
        }
        if (parser == null) {
            throw refusal("This gateway has no key to verify tokens with.");
        }
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException | RuntimeException e) {
            LOG.debugf("refused a bearer token: %s", e.getMessage());
            throw refusal("The bearer token is invalid or expired.");
        }
        request.caller(Caller.authenticated(jwt.getSubject(), scopes(jwt)));
    }

    /**
     * The token's scopes: OAuth's space-separated {@code scope}, Microsoft's {@code scp} (a string or a list),
     * and MicroProfile JWT's {@code groups}, together.
     */
    static Set<String> scopes(JsonWebToken jwt) {
        Set<String> scopes = new LinkedHashSet<>();
        addScopes(scopes, jwt.getClaim("scope"));
        addScopes(scopes, jwt.getClaim("scp"));
        Set<String> groups = jwt.getGroups();
        if (groups != null) {
            scopes.addAll(groups);
        }
        return scopes;
    }

    private static void addScopes(Set<String> scopes, Object claim) {
        if (claim == null) {
            return;
        }
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> addScopes(scopes, v));
            return;
        }
        String text = claim.toString();
        // A JSON string claim may come back quoted (jakarta.json's JsonString.toString()).
        if (claim instanceof jakarta.json.JsonString json) {
            text = json.getString();
        }
        for (String scope : text.trim().split("\\s+")) {
            if (!scope.isEmpty()) {
                scopes.add(scope);
            }
        }
    }

    static LayerRefusal refusal(String message) {
        return new LayerRefusal(401, new GraphQLError(message, null, null, Map.of("code", UNAUTHENTICATED)),
                Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
    }
}
