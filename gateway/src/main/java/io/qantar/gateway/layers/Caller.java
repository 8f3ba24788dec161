package io.qantar.gateway.layers;

import java.util.Set;

/**
 * Who sends a request: anonymous, or the subject of a verified token with its scopes.
 *
 * @param subject the token's {@code sub}, or null when anonymous
 * @param scopes  the token's scopes ({@code scope}, {@code scp} and {@code groups} claims together)
 */
public record Caller(String subject, Set<String> scopes, boolean authenticated) {

    public static final Caller ANONYMOUS = new Caller(null, Set.of(), false);

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public static Caller authenticated(String subject, Set<String> scopes) {
        return new Caller(subject, scopes, true);
    }

    public boolean hasScope(String scope) {
        return scopes.contains(scope);
    }
}
