package io.qantar.common.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Fragment cycles and overlong spread chains are refused before graphql-java's recursive validation sees them. */
class FragmentSpreadCheckTest {

    private final GraphQL engine = GraphQL.newGraphQL(new SchemaGenerator().makeExecutableSchema(
                    new SchemaParser().parse("type Query { name: String }"),
                    RuntimeWiring.newRuntimeWiring().type("Query", type -> type.dataFetcher("name", env -> "x")).build()))
            .instrumentation(new FragmentSpreadCheck())
            .build();

    @Test
    void aRingOfAThousandFragmentsIsRefusedAsInvalidNotAStackOverflow() {
        String ring = "{ ...F0 } " + IntStream.range(0, 1000)
                .mapToObj(i -> "fragment F" + i + " on Query { ...F" + ((i + 1) % 1000) + " }")
                .collect(Collectors.joining(" "));

        ExecutionResult result = engine.execute(ring);

        assertRefused(result, "must not form cycles");
    }

    @Test
    void aFragmentSpreadingItselfInANestedSelectionIsRefused() {
        ExecutionResult result = engine.execute("{ ...A } fragment A on Query { ... on Query { ... @include(if: true) { ...A } } }");
        assertRefused(result, "'A' spreads itself");
    }

    @Test
    void aChainOverTheLimitIsRefusedAndOneWithinItRuns() {
        assertRefused(engine.execute(chain(FragmentSpreadCheck.MAX_SPREAD_CHAIN + 1)), "over this service's limit");

        ExecutionResult within = engine.execute(chain(FragmentSpreadCheck.MAX_SPREAD_CHAIN));
        assertTrue(within.getErrors().isEmpty(), within.getErrors().toString());
        assertEquals(Map.of("name", "x"), within.getData());
    }

    @Test
    void fragmentsSpreadTwiceEachAreCheckedOnceEach() {
        // 2^24 paths, 25 fragments: the check visits each fragment once.
        String bomb = "{ ...F0 } " + IntStream.range(0, 24)
                .mapToObj(i -> "fragment F" + i + " on Query { ...F" + (i + 1) + " ...F" + (i + 1) + " }")
                .collect(Collectors.joining(" ")) + " fragment F24 on Query { name }";
        assertEquals(null, FragmentSpreadCheck.problemWith(graphql.parser.Parser.parse(bomb)));
    }

    /** An operation spreading F0, which spreads F1, and so on: {@code spreads} spreads from F0 to the last fragment. */
    private static String chain(int spreads) {
        return "{ ...F0 } " + IntStream.range(0, spreads)
                .mapToObj(i -> "fragment F" + i + " on Query { ...F" + (i + 1) + " }")
                .collect(Collectors.joining(" ")) + " fragment F" + spreads + " on Query { name }";
    }

    private static void assertRefused(ExecutionResult result, String reason) {
        assertFalse(result.isDataPresent(), "refused before execution: " + result);
        assertEquals(1, result.getErrors().size(), result.getErrors().toString());
        assertEquals("GRAPHQL_VALIDATION_FAILED", result.getErrors().get(0).getExtensions().get("code"));
        assertTrue(result.getErrors().get(0).getMessage().contains(reason), result.getErrors().get(0).getMessage());
    }
}
