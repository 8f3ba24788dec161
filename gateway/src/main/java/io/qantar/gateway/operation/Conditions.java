package io.qantar.gateway.operation;

import graphql.language.BooleanValue;
import graphql.language.Directive;
import graphql.language.Value;
import graphql.language.VariableReference;

import java.util.List;
import java.util.Map;

/**
 * {@code @skip} and {@code @include} under one request's variables. Normalising and measuring an operation must
 * agree on which selections count, so both ask here.
 */
final class Conditions {

    private Conditions() {
    }

    /** Whether a selection carrying these directives is part of the operation for these (coerced) variables. */
    static boolean included(List<Directive> directives, Map<String, Object> variables) {
        for (Directive directive : directives) {
            if (directive.getName().equals("skip") && holds(directive, variables)) {
                return false;
            }
            if (directive.getName().equals("include") && !holds(directive, variables)) {
                return false;
            }
        }
        return true;
    }

    private static boolean holds(Directive directive, Map<String, Object> variables) {
        Value<?> value = directive.getArgument("if").getValue();
        if (value instanceof BooleanValue literal) {
            return literal.isValue();
        }
        return Boolean.TRUE.equals(variables.get(((VariableReference) value).getName()));
    }
}
