package io.qantar.common.limits;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The cost limit and the request deadline, on a small engine of their own. */
class LimitsTest {

    private static final String SDL = """
            type Query { items(first: Int = 20): ItemConnection! item: Item }
            type ItemConnection { edges: [ItemEdge!]! }
            type ItemEdge { node: Item! }
            type Item { name: String! related: [Item!]! }
            """;

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger fetchedNames = new AtomicInteger();
    private Duration eachName = Duration.ZERO;

    private GraphQL engine(int maxCost) {
        Map<String, Object> item = Map.of("name", "x");
        RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
                .type("Query", type -> type
                        .dataFetcher("items", env -> Map.of("edges", IntStream.range(0, 50)
                                .mapToObj(i -> Map.of("node", item)).toList()))
                        .dataFetcher("item", env -> item))
                .type("Item", type -> type
                        .dataFetcher("name", env -> {
                            // Each name takes this long on the clock the deadline reads.
                            fetchedNames.incrementAndGet();
                            now.addAndGet(eachName.toNanos());
                            return "x";
                        })
                        .dataFetcher("related", env -> List.of(item, item)))
                .build();
        GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
        return GraphQL.newGraphQL(schema).instrumentation(new ChainedInstrumentation(List.of(
                new CostLimit(maxCost, 10), new RequestDeadline(Duration.ofSeconds(5), now::get)))).build();
    }

    @Test
    void listsNestedInListsAreRefusedForWhatTheyCouldFetchBeforeAnyResolverRuns() {
        ExecutionResult result = engine(10_000).execute(
                "{ items(first: 100) { edges { node { related { related { related { name } } } } } } }");

        assertNull(result.getData());
        assertEquals(1, result.getErrors().size());
        assertEquals("COST_ESTIMATED_TOO_EXPENSIVE", result.getErrors().get(0).getExtensions().get("code"));
        assertEquals(0, fetchedNames.get());
    }

    @Test
    void aPageCostsItsSizeOnce() {
        // items(first: 100): 100 x (edges 1 + node 1 + name 1 + 1) = 400; edges is not counted again.
        ExecutionResult result = engine(400).execute("{ items(first: 100) { edges { node { name } } } }");

        assertTrue(result.getErrors().isEmpty(), () -> result.getErrors().toString());
    }

    @Test
    void workStopsOnceTheDeadlinePassesWithOneError() {
        eachName = Duration.ofSeconds(1);
        ExecutionResult result = engine(100_000).execute("{ items(first: 50) { edges { node { name } } } }");

        assertTrue(fetchedNames.get() <= 6, "names fetched after the deadline: " + fetchedNames.get());
        assertEquals(1, result.getErrors().size(), () -> result.getErrors().toString());
        assertEquals("REQUEST_TIMEOUT", result.getErrors().get(0).getExtensions().get("code"));
    }
}
