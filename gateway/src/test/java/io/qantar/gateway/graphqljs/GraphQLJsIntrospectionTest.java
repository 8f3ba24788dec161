package io.qantar.gateway.graphqljs;

import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.Json;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * Introspection answers as Apollo's gateway gives them: graphql-js 16 on the API schema.
 *
 * <p>{@code supergraphs/library/} is composed (by {@code node tools/compose.mjs --config
 * .../library/subgraphs.json}) from subgraphs that use what introspection shows: descriptions, deprecations,
 * default values of every kind, a custom scalar with {@code @specifiedBy}, custom executable directives, interfaces
 * implementing interfaces, a union, an input object inside an input object. Its {@code introspection.json} is the
 * answer of graphql-js 16.15 to {@code introspection-query.graphql} (the full query GraphiQL sends) on the API schema
 * of {@code @apollo/federation-internals} 2.14, that is: {@code graphql({schema:
 * Supergraph.build(sdl).apiSchema().toGraphQLJSSchema(), source: query})}, as Apollo's gateway executes it.
 */
class GraphQLJsIntrospectionTest {

    private static final String FIXTURE = "supergraphs/library/";

    private static Vertx vertx;
    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        gateway = TestGateway.start(vertx, FIXTURE + "supergraph.graphql");
    }

    @AfterAll
    static void stop() {
        gateway.close();
        vertx.close();
    }

    @Test
    void answersTheFullIntrospectionQueryExactlyAsGraphQLJs() {
        ExecutionResult result = gateway.execute(FakeSubgraph.resource(FIXTURE + "introspection-query.graphql"));

        assertEquals(List.of(), result.errors());
        Object expected = ((Map<?, ?>) Json.read(FakeSubgraph.resource(FIXTURE + "introspection.json"))).get("data");
        Object actual = Json.read(Json.write(result.data()));
        assertNull(Json.firstDifference(expected, actual));
    }

    @Test
    void describesTheBuiltInScalarsInGraphQLJsWords() {
        ExecutionResult result = gateway.execute("{ __type(name: \"Boolean\") { description } }");

        assertEquals(Json.normalize("{'__type': {'description': 'The `Boolean` scalar type represents `true` or `false`.'}}"),
                Json.write(result.data()));
    }

    @Test
    void listsTheBuiltInDirectivesAsGraphQLJsDefinesThem() {
        ExecutionResult result = gateway.execute("""
                { __schema { directives { name locations args { name type { name kind } defaultValue } } } }""");

        Map<?, ?> deprecated = directives(result).stream().filter(d -> d.get("name").equals("deprecated"))
                .findFirst().orElseThrow();
        assertEquals(List.of("FIELD_DEFINITION", "ARGUMENT_DEFINITION", "INPUT_FIELD_DEFINITION", "ENUM_VALUE",
                "DIRECTIVE_DEFINITION"), deprecated.get("locations"), "in graphql-js's order, not graphql-java's");
        assertEquals(Map.of("name", "reason", "type", Map.of("name", "String", "kind", "SCALAR"),
                        "defaultValue", "\"No longer supported\""),
                ((List<?>) deprecated.get("args")).get(0), "the reason is optional");
        assertEquals(List.of("lowercase", "origin", "include", "skip", "deprecated", "specifiedBy", "oneOf"),
                directives(result).stream().map(d -> d.get("name")).toList(),
                "the schema's own directives first, then the specified ones; no @defer");
    }

    @Test
    void printsDefaultValuesAsGraphQLJsNormalisesThem() {
        ExecutionResult result = gateway.execute("""
                { __type(name: "Query") { fields { args { name defaultValue } } } }""");

        Map<?, ?> books = (Map<?, ?>) ((List<?>) ((Map<?, ?>) ((Map<?, ?>) result.data()).get("__type")).get("fields")).get(0);
        Map<Object, Object> defaults = new HashMap<>();
        for (Object arg : (List<?>) books.get("args")) {
            defaults.put(((Map<?, ?>) arg).get("name"), ((Map<?, ?>) arg).get("defaultValue"));
        }
        assertEquals("1", defaults.get("ratio"), "the Float 1.0 is the number 1");
        assertEquals("[42]", defaults.get("ids"), "one ID for a list is a list of one, an integer-like ID unquoted");
        assertEquals("{genres: [HISTORY], minPages: 100, range: {from: 1, to: 1000}}", defaults.get("filter"),
                "the input fields' own defaults are filled in");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<?, ?>> directives(ExecutionResult result) {
        Map<?, ?> schema = (Map<?, ?>) ((Map<?, ?>) result.data()).get("__schema");
        return (List<Map<?, ?>>) schema.get("directives");
    }
}
