package io.qantar.gateway.supergraph;

import graphql.language.Argument;
import graphql.language.ArrayValue;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Document;
import graphql.language.EnumTypeDefinition;
import graphql.language.FieldDefinition;
import graphql.language.ImplementingTypeDefinition;
import graphql.language.ScalarTypeDefinition;
import graphql.language.StringValue;
import graphql.language.TypeDefinition;
import graphql.language.Value;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads Federation's authorization directives from a supergraph: {@code @authenticated},
 * {@code @requiresScopes(scopes: [[...]])} and {@code @policy(policies: [[...]])} on object types, interfaces,
 * scalars, enums and fields, under the names the schema's {@code @link}s give them (an import may rename them).
 */
final class AccessRulesReader {

    static final String AUTHENTICATED = "https://specs.apollo.dev/authenticated";
    static final String REQUIRES_SCOPES = "https://specs.apollo.dev/requiresScopes";
    static final String POLICY = "https://specs.apollo.dev/policy";

    private final Optional<String> authenticated;
    private final Optional<String> requiresScopes;
    private final Optional<String> policy;

    AccessRulesReader(List<FeatureLink> links) {
        this.authenticated = directive(links, AUTHENTICATED, "authenticated");
        this.requiresScopes = directive(links, REQUIRES_SCOPES, "requiresScopes");
        this.policy = directive(links, POLICY, "policy");
    }

    private static Optional<String> directive(List<FeatureLink> links, String identity, String name) {
        return links.stream().filter(l -> l.identity().equals(identity)).findFirst().map(l -> l.directiveName(name));
    }

    AccessRules read(Document document) {
        if (authenticated.isEmpty() && requiresScopes.isEmpty() && policy.isEmpty()) {
            return AccessRules.NONE;
        }
        Map<String, AccessRule> types = new LinkedHashMap<>();
        Map<String, AccessRule> fields = new LinkedHashMap<>();
        for (TypeDefinition<?> type : document.getDefinitionsOfType(TypeDefinition.class)) {
            boolean applies = type instanceof ImplementingTypeDefinition<?> || type instanceof ScalarTypeDefinition
                    || type instanceof EnumTypeDefinition;
            if (!applies) {
                continue;
            }
            rule(type, type.getName()).ifPresent(rule -> types.put(type.getName(), rule));
            if (type instanceof ImplementingTypeDefinition<?> implementing) {
                for (FieldDefinition field : implementing.getFieldDefinitions()) {
                    String where = type.getName() + "." + field.getName();
                    rule(field, where).ifPresent(rule -> fields.put(where, rule));
                }
            }
        }
        return new AccessRules(types, fields);
    }

    private Optional<AccessRule> rule(DirectivesContainer<?> element, String where) {
        boolean needsAuthentication = authenticated.map(name -> !element.getDirectives(name).isEmpty()).orElse(false);
        List<List<Set<String>>> scopes = new ArrayList<>();
        requiresScopes.ifPresent(name -> element.getDirectives(name)
                .forEach(d -> scopes.add(alternatives(d, "scopes", where))));
        List<List<Set<String>>> policies = new ArrayList<>();
        policy.ifPresent(name -> element.getDirectives(name)
                .forEach(d -> policies.add(alternatives(d, "policies", where))));
        AccessRule rule = new AccessRule(needsAuthentication, scopes, policies);
        return rule.isOpen() ? Optional.empty() : Optional.of(rule);
    }

    /** An {@code [[String]]} argument: alternatives, each a set that must be held together. */
    private static List<Set<String>> alternatives(Directive directive, String argument, String where) {
        Argument value = directive.getArgument(argument);
        if (value == null || !(value.getValue() instanceof ArrayValue outer)) {
            throw new SupergraphException("@" + directive.getName() + " on " + where + " has no " + argument
                    + " list");
        }
        List<Set<String>> alternatives = new ArrayList<>();
        for (Value<?> inner : outer.getValues()) {
            Set<String> all = new LinkedHashSet<>();
            List<Value> items = inner instanceof ArrayValue array ? array.getValues() : List.of(inner);
            for (Value<?> item : items) {
                if (!(item instanceof StringValue string)) {
                    throw new SupergraphException("@" + directive.getName() + " on " + where + " has a "
                            + argument + " entry that is not a string");
                }
                all.add(string.getValue());
            }
            alternatives.add(all);
        }
        return alternatives;
    }
}
