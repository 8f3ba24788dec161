package io.qantar.common.security;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InstanceHandle;
import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ContextNotActiveException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who sends the request being answered: anonymous, or the subject of a verified bearer token and the scopes it
 * grants. Authentication itself (signature, issuer, audience, expiry) is SmallRye JWT's; a token that fails it
 * never gets this far (see {@link AuthenticationFailureResponse}).
 */
public record Caller(Optional<String> subject, Set<String> scopes) {

    public static final Caller ANONYMOUS = new Caller(Optional.empty(), Set.of());
    /** The author of writes that no request made: the shipped dataset, loaded at start. */
    public static final String SYSTEM = "system";

    public Caller {
        scopes = Set.copyOf(scopes);
    }

    public boolean authenticated() {
        return subject.isPresent();
    }

    /**
     * The caller of the current request, read from Quarkus's security identity of the request; anonymous outside a
     * request (the dataset loader at start).
     */
    public static Caller current() {
        InstanceHandle<CurrentIdentityAssociation> association = Arc.container().instance(CurrentIdentityAssociation.class);
        if (!association.isAvailable()) {
            return ANONYMOUS;
        }
        try {
            return of(association.get().getIdentity());
        } catch (ContextNotActiveException noRequest) {
            return ANONYMOUS;
        }
    }

    /** The name a write is recorded under: the token's subject, or {@value #SYSTEM} for a write of no request. */
    public String author() {
        return subject.orElse(SYSTEM);
    }

    static Caller of(SecurityIdentity identity) {
        if (identity == null || identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
            return ANONYMOUS;
        }
        // The subject names the person; a token without one still names its principal.
        String subject = token.getSubject() != null ? token.getSubject() : identity.getPrincipal().getName();
        return new Caller(Optional.ofNullable(subject), scopesOf(token.getClaim("scope")));
    }

    /** OAuth's {@code scope} claim is one space-separated string (RFC 8693); some issuers send a list. */
    static Set<String> scopesOf(Object claim) {
        if (claim == null) {
            return Set.of();
        }
        if (claim instanceof Collection<?> list) {
            return list.stream().map(Caller::unquoted).filter(scope -> !scope.isEmpty()).collect(Collectors.toSet());
        }
        if (claim instanceof jakarta.json.JsonArray array) {
            return array.stream().map(Caller::unquoted).filter(scope -> !scope.isEmpty()).collect(Collectors.toSet());
        }
        return Arrays.stream(unquoted(claim).split("\\s+")).filter(scope -> !scope.isEmpty()).collect(Collectors.toSet());
    }

    private static String unquoted(Object value) {
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return String.valueOf(value);
    }
}
