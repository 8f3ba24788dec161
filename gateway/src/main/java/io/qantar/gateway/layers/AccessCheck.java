package io.qantar.gateway.layers;

import io.qantar.gateway.supergraph.AccessRule;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Whether a caller satisfies an {@link AccessRule}: {@code @authenticated} needs a verified token,
 * {@code @requiresScopes} one of its scope sets held in full, {@code @policy} one of its policy sets granted in
 * full. A policy is granted to an authenticated caller holding every scope the configuration maps it to
 * ({@code qantar.gateway.authorization.policies."name"}); a policy the configuration does not map is never granted.
 */
final class AccessCheck {

    private final Caller caller;
    private final Map<String, List<String>> policyScopes;

    AccessCheck(Caller caller, Map<String, List<String>> policyScopes) {
        this.caller = caller;
        this.policyScopes = policyScopes;
    }

    boolean allows(AccessRule rule) {
        if (rule.isOpen()) {
            return true;
        }
        if (rule.authenticated() && !caller.authenticated()) {
            return false;
        }
        for (List<Set<String>> alternatives : rule.scopes()) {
            if (alternatives.stream().noneMatch(all -> all.stream().allMatch(caller::hasScope))) {
                return false;
            }
        }
        for (List<Set<String>> alternatives : rule.policies()) {
            if (alternatives.stream().noneMatch(all -> all.stream().allMatch(this::granted))) {
                return false;
            }
        }
        return true;
    }

    private boolean granted(String policy) {
        List<String> scopes = policyScopes.get(policy);
        return scopes != null && caller.authenticated() && scopes.stream().allMatch(caller::hasScope);
    }
}
