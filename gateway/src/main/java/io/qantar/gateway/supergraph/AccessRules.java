package io.qantar.gateway.supergraph;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authorization directives of a supergraph ({@code @authenticated}, {@code @requiresScopes}, {@code @policy}),
 * by type and by field, exactly as declared: combining a field's rule with its return type's is the enforcer's job.
 */
public final class AccessRules {

    public static final AccessRules NONE = new AccessRules(Map.of(), Map.of());

    private final Map<String, AccessRule> types;
    private final Map<String, AccessRule> fields;
    private final Set<String> scopes;
    private final Set<String> policies;

    /**
     * @param types  rules declared on types, by type name
     * @param fields rules declared on fields, by {@code Type.field}
     */
    public AccessRules(Map<String, AccessRule> types, Map<String, AccessRule> fields) {
        this.types = Map.copyOf(types);
        this.fields = Map.copyOf(fields);
        Set<String> allScopes = new HashSet<>();
        Set<String> allPolicies = new HashSet<>();
        for (Map<String, AccessRule> rules : List.of(this.types, this.fields)) {
            for (AccessRule rule : rules.values()) {
                rule.scopes().forEach(alternatives -> alternatives.forEach(allScopes::addAll));
                rule.policies().forEach(alternatives -> alternatives.forEach(allPolicies::addAll));
            }
        }
        this.scopes = Set.copyOf(allScopes);
        this.policies = Set.copyOf(allPolicies);
    }

    /** Whether the supergraph declares no rule at all: then nothing needs checking. */
    public boolean isEmpty() {
        return types.isEmpty() && fields.isEmpty();
    }

    public AccessRule type(String typeName) {
        return types.getOrDefault(typeName, AccessRule.OPEN);
    }

    public AccessRule field(String typeName, String fieldName) {
        return fields.getOrDefault(typeName + "." + fieldName, AccessRule.OPEN);
    }

    /** Every scope some {@code @requiresScopes} names. */
    public Set<String> scopes() {
        return scopes;
    }

    /** Every policy some {@code @policy} names. */
    public Set<String> policies() {
        return policies;
    }
}
