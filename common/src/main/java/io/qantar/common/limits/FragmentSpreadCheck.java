package io.qantar.common.limits;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationValidationParameters;
import graphql.language.Document;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.Node;
import graphql.validation.ValidationError;
import io.qantar.common.error.ErrorCodes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Refuses, before graphql-java validates it, a document whose fragments spread each other in a cycle or in a chain
 * longer than {@value #MAX_SPREAD_CHAIN}. graphql-java's validation follows every fragment spread into its fragment
 * by recursion, so a ring of a thousand fragments recursed until the thread's stack overflowed (HTTP 500), or kept
 * a worker busy past the client's patience. Cycles are invalid GraphQL anyway (the spec's "Fragment spreads must
 * not form cycles"); here they are found without recursion, whatever the document's size, and answered as
 * {@code GRAPHQL_VALIDATION_FAILED}.
 */
final class FragmentSpreadCheck extends SimplePerformantInstrumentation {

    /** Far beyond any real document: fragments that only spread the next one add no depth of data. */
    static final int MAX_SPREAD_CHAIN = 100;

    @Override
    public InstrumentationContext<List<ValidationError>> beginValidation(
            InstrumentationValidationParameters parameters, InstrumentationState state) {
        String problem = problemWith(parameters.getDocument());
        if (problem != null) {
            GraphQLError error = GraphqlErrorBuilder.newError().message(problem)
                    .extensions(Map.of(ErrorCodes.KEY, ErrorCodes.GRAPHQL_VALIDATION_FAILED)).build();
            throw new AbortExecutionException(List.of(error));
        }
        return super.beginValidation(parameters, state);
    }

    /** What is wrong with the document's fragment spreads, or null. */
    static String problemWith(Document document) {
        Map<String, List<String>> spreads = new LinkedHashMap<>();
        for (FragmentDefinition fragment : document.getDefinitionsOfType(FragmentDefinition.class)) {
            spreads.putIfAbsent(fragment.getName(), spreadsIn(fragment));
        }
        // Longest chain from each fragment, by an iterative depth-first walk; a fragment met again on the
        // current path closes a cycle.
        Map<String, Integer> chain = new HashMap<>();
        Set<String> onPath = new HashSet<>();
        for (String start : spreads.keySet()) {
            if (chain.containsKey(start)) {
                continue;
            }
            Deque<String> path = new ArrayDeque<>();
            Deque<Integer> next = new ArrayDeque<>();
            path.push(start);
            next.push(0);
            onPath.add(start);
            while (!path.isEmpty()) {
                String fragment = path.peek();
                int index = next.pop();
                List<String> targets = spreads.get(fragment);
                if (index < targets.size()) {
                    next.push(index + 1);
                    String target = targets.get(index);
                    if (onPath.contains(target)) {
                        return "Fragment '" + target + "' spreads itself, directly or through other fragments: fragment"
                                + " spreads must not form cycles";
                    }
                    if (spreads.containsKey(target) && !chain.containsKey(target)) {
                        path.push(target);
                        next.push(0);
                        onPath.add(target);
                    }
                    continue;
                }
                int longest = 0;
                for (String target : targets) {
                    longest = Math.max(longest, chain.getOrDefault(target, 0) + 1);
                }
                if (longest > MAX_SPREAD_CHAIN) {
                    return "Fragment '" + fragment + "' starts a chain of " + longest + " fragment spreads, over this"
                            + " service's limit of " + MAX_SPREAD_CHAIN;
                }
                chain.put(fragment, longest);
                onPath.remove(fragment);
                path.pop();
            }
        }
        return null;
    }

    /** The names of the fragments spread anywhere in a fragment, walked without recursion. */
    private static List<String> spreadsIn(FragmentDefinition fragment) {
        List<String> names = new ArrayList<>();
        Deque<Node<?>> pending = new ArrayDeque<>();
        pending.push(fragment.getSelectionSet());
        while (!pending.isEmpty()) {
            Node<?> node = pending.pop();
            if (node instanceof FragmentSpread spread) {
                names.add(spread.getName());
            }
            for (Node<?> child : node.getChildren()) {
                pending.push(child);
            }
        }
        return names;
    }
}
