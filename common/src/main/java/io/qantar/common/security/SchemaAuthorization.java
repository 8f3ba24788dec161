package io.qantar.common.security;

import graphql.GraphqlErrorBuilder;
import graphql.execution.DataFetcherResult;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.language.ArrayValue;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLDirectiveContainer;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces in the service what its schema declares with Federation's {@code @authenticated} and
 * {@code @requiresScopes}, so that a client calling the service directly meets the same rules as one going through
 * the gateway. The rules are read from the live schema, on the field, on the type that holds it and on the type it
 * returns: the schema is their single source.
 *
 * <p>A field the caller may not see is not resolved at all: its resolver (a write, for a mutation) never runs, and
 * the field answers null with one error, {@code UNAUTHENTICATED} for a caller without a token and {@code FORBIDDEN}
 * for a token without the scopes.
 */
final class SchemaAuthorization extends SimplePerformantInstrumentation {

    static final String AUTHENTICATED = "authenticated";
    static final String REQUIRES_SCOPES = "requiresScopes";

    @Override
    public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> dataFetcher, InstrumentationFieldFetchParameters parameters,
            InstrumentationState state) {
        DataFetchingEnvironment environment = parameters.getEnvironment();
        Optional<Rule> rule = ruleFor(environment.getFieldDefinition(), environment.getParentType());
        if (rule.isEmpty()) {
            return dataFetcher;
        }
        return refusing -> {
            Optional<String> refusal = rule.get().refusal(Caller.current());
            if (refusal.isEmpty()) {
                return dataFetcher.get(refusing);
            }
            return DataFetcherResult.newResult()
                    .error(GraphqlErrorBuilder.newError(refusing)
                            .message("%s: %s", environment.getField().getName(), rule.get().explain(refusal.get()))
                            .extensions(Map.of("code", refusal.get()))
                            .build())
                    .build();
        };
    }

    /** What a field asks of its caller, from its own directives, its parent type's and its result type's. */
    static Optional<Rule> ruleFor(GraphQLFieldDefinition field, GraphQLType parentType) {
        List<GraphQLDirectiveContainer> declaring = new ArrayList<>();
        declaring.add(field);
        if (parentType instanceof GraphQLDirectiveContainer parent) {
            declaring.add(parent);
        }
        if (GraphQLTypeUtil.unwrapAll(field.getType()) instanceof GraphQLDirectiveContainer result) {
            declaring.add(result);
        }
        boolean authenticated = false;
        List<List<Set<String>>> scopeRequirements = new ArrayList<>();
        for (GraphQLDirectiveContainer container : declaring) {
            authenticated |= container.getAppliedDirective(AUTHENTICATED) != null || container.getDirective(AUTHENTICATED) != null;
            GraphQLAppliedDirective applied = container.getAppliedDirective(REQUIRES_SCOPES);
            if (applied != null) {
                scopeRequirements.add(alternativesOf(applied.getArgument("scopes").getArgumentValue().getValue()));
                continue;
            }
            // SmallRye GraphQL applies its directives as graphql-java's older GraphQLDirective.
            GraphQLDirective legacy = container.getDirective(REQUIRES_SCOPES);
            if (legacy != null && legacy.getArgument("scopes") != null) {
                scopeRequirements.add(alternativesOf(legacy.getArgument("scopes").getArgumentValue().getValue()));
            }
        }
        if (!authenticated && scopeRequirements.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Rule(scopeRequirements));
    }

    /** {@code scopes: [["a", "b"], ["c"]]} reads "a and b, or c". */
    private static List<Set<String>> alternativesOf(Object value) {
        List<Set<String>> alternatives = new ArrayList<>();
        for (Object group : items(value)) {
            alternatives.add(Set.copyOf(items(group).stream().map(SchemaAuthorization::text).toList()));
        }
        return alternatives;
    }

    /** A directive argument holds either a Java value or a GraphQL literal, depending on how the schema was built. */
    private static List<Object> items(Object value) {
        if (value instanceof ArrayValue array) {
            return new ArrayList<>(array.getValues());
        }
        if (value instanceof Collection<?> collection) {
            return new ArrayList<>(collection);
        }
        if (value instanceof Object[] array) {
            return List.of(array);
        }
        return value == null ? List.of() : List.of(value);
    }

    private static String text(Object value) {
        if (value instanceof Map<?, ?> item && item.containsKey("value")) {
            // SmallRye keeps a @ScopeItem as the annotation's members: {value=qantar:edit}.
            return text(item.get("value"));
        }
        if (value instanceof StringValue string) {
            return string.getValue();
        }
        if (value instanceof Value<?> literal) {
            return literal.toString();
        }
        return String.valueOf(value);
    }

    /**
     * What a caller needs: a token, and for every {@code @requiresScopes} that applies, one of its alternatives'
     * scopes all granted.
     */
    record Rule(List<List<Set<String>>> scopeRequirements) {

        Optional<String> refusal(Caller caller) {
            if (!caller.authenticated()) {
                return Optional.of(AuthCodes.UNAUTHENTICATED);
            }
            for (List<Set<String>> alternatives : scopeRequirements) {
                if (alternatives.stream().noneMatch(caller.scopes()::containsAll)) {
                    return Optional.of(AuthCodes.FORBIDDEN);
                }
            }
            return Optional.empty();
        }

        String explain(String refusal) {
            if (AuthCodes.UNAUTHENTICATED.equals(refusal)) {
                return "needs a bearer token" + (scopeRequirements.isEmpty() ? "" : " granting " + scopesWanted());
            }
            return "the token does not grant " + scopesWanted();
        }

        private String scopesWanted() {
            return String.join(" and ", scopeRequirements.stream()
                    .map(alternatives -> String.join(" or ", alternatives.stream()
                            .map(scopes -> String.join(" ", scopes.stream().sorted().toList())).toList()))
                    .toList());
        }
    }
}
