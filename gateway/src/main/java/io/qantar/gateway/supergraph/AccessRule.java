package io.qantar.gateway.supergraph;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * What Federation's authorization directives ask of a caller for one field or type, as Apollo Router reads them.
 * Every requirement listed must hold; each requirement is an OR of ANDs, as the directives' {@code [[...]]}
 * arguments are.
 *
 * @param authenticated whether {@code @authenticated} asks for a verified caller
 * @param scopes        one entry per {@code @requiresScopes(scopes: [[...]])}: satisfied when the caller holds every
 *                      scope of at least one inner set
 * @param policies      one entry per {@code @policy(policies: [[...]])}: satisfied when the caller is granted every
 *                      policy of at least one inner set
 */
public record AccessRule(boolean authenticated, List<List<Set<String>>> scopes, List<List<Set<String>>> policies) {

    /** Asks nothing. */
    public static final AccessRule OPEN = new AccessRule(false, List.of(), List.of());

    public AccessRule {
        scopes = scopes.stream().map(alternatives -> alternatives.stream().map(Set::copyOf).toList()).toList();
        policies = policies.stream().map(alternatives -> alternatives.stream().map(Set::copyOf).toList()).toList();
    }

    public boolean isOpen() {
        return !authenticated && scopes.isEmpty() && policies.isEmpty();
    }

    /** Both rules together, as a field's own rule and the rule of the type it returns apply together. */
    public AccessRule and(AccessRule other) {
        if (other.isOpen()) {
            return this;
        }
        if (isOpen()) {
            return other;
        }
        List<List<Set<String>>> allScopes = new ArrayList<>(scopes);
        allScopes.addAll(other.scopes);
        List<List<Set<String>>> allPolicies = new ArrayList<>(policies);
        allPolicies.addAll(other.policies);
        return new AccessRule(authenticated || other.authenticated, allScopes, allPolicies);
    }
}
