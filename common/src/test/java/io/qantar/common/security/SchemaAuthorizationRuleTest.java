package io.qantar.common.security;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** How a field's @requiresScopes reads: alternatives of scope sets, every directive that applies must hold. */
class SchemaAuthorizationRuleTest {

    private static Caller token(String... scopes) {
        return new Caller(Optional.of("someone@example.org"), Set.of(scopes));
    }

    @Test
    void aScopeSetNeedsAllItsScopesAndAnyAlternativeWillDo() {
        SchemaAuthorization.Rule rule = new SchemaAuthorization.Rule(List.of(
                List.of(Set.of("qantar:edit", "qantar:retire"), Set.of("qantar:admin"))));
        assertEquals(Optional.empty(), rule.refusal(token("qantar:edit", "qantar:retire")));
        assertEquals(Optional.empty(), rule.refusal(token("qantar:admin")));
        assertEquals(Optional.of(AuthCodes.FORBIDDEN), rule.refusal(token("qantar:edit")));
        assertEquals(Optional.of(AuthCodes.UNAUTHENTICATED), rule.refusal(Caller.ANONYMOUS));
    }

    @Test
    void theFieldsAndItsTypesDirectivesMustAllHold() {
        SchemaAuthorization.Rule rule = new SchemaAuthorization.Rule(List.of(
                List.of(Set.of("qantar:edit")), List.of(Set.of("qantar:retire"))));
        assertEquals(Optional.of(AuthCodes.FORBIDDEN), rule.refusal(token("qantar:edit")));
        assertEquals(Optional.empty(), rule.refusal(token("qantar:edit", "qantar:retire", "other")));
    }

    @Test
    void authenticatedAloneNeedsOnlyAToken() {
        SchemaAuthorization.Rule rule = new SchemaAuthorization.Rule(List.of());
        assertEquals(Optional.empty(), rule.refusal(token()));
        assertEquals(Optional.of(AuthCodes.UNAUTHENTICATED), rule.refusal(Caller.ANONYMOUS));
    }

    @Test
    void theScopeClaimIsASpaceSeparatedStringOrAList() {
        assertEquals(Set.of("qantar:edit", "qantar:retire"), Caller.scopesOf("qantar:edit  qantar:retire"));
        assertEquals(Set.of("qantar:edit"), Caller.scopesOf(List.of("qantar:edit")));
        assertEquals(Set.of(), Caller.scopesOf(null));
        assertEquals(Set.of(), Caller.scopesOf(""));
    }
}
