package io.qantar.gateway.limits;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.pipeline.GatewayPipeline;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.supergraph.Supergraph;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The hostile operations of issue 7, prepared by the gateway on the committed supergraph with the default limits:
 * each is refused before planning, fast, with the code of the limit it is over and that limit named.
 */
class DemandControlTest {

    private static Vertx vertx;
    private static GatewayPipeline pipeline;

    @BeforeAll
    static void start() throws Exception {
        assumeTrue(Files.exists(DefaultLimitsTest.ROOT.resolve("supergraph/supergraph.graphql")),
                "the suite's supergraph is not composed yet");
        vertx = Vertx.vertx();
        pipeline = DefaultLimitsTest.committed(vertx, GatewaySettings.defaults());
    }

    @AfterAll
    static void stop() {
        if (vertx != null) {
            vertx.close();
        }
    }

    /** Issue 7's query: eight levels of actor -> events -> participants under a page of 100 events. */
    static String issueQuery() {
        StringBuilder query = new StringBuilder("{ timeline(first: 100) { edges { node { ");
        for (int i = 0; i < 8; i++) {
            query.append("participants { actor { events { ");
        }
        query.append("reactions { actor { name } } ");
        query.append("} } } ".repeat(8));
        return query.append("} } } }").toString();
    }

    @Test
    void refusesTheQueryOfTheIssueInMilliseconds() {
        GraphQLError error = refusedWithin(200, pipeline, issueQuery());

        assertEquals("MAX_DEPTH_LIMIT", error.code(), "it is 34 levels deep");
        assertTrue(error.message().contains("maximum of " + OperationLimits.DEFAULT_MAX_DEPTH + " (max-depth)"),
                error.message());
    }

    @Test
    void refusesTheQueryOfTheIssueByItsEstimatedCostWhereTheDepthWouldAllowIt() throws Exception {
        GatewayPipeline deep = DefaultLimitsTest.committed(vertx,
                GatewaySettings.defaults().withLimits(OperationLimits.DEFAULT.withDepthAndAliases(64, 500)));

        GraphQLError error = refusedWithin(200, deep, issueQuery());

        assertEquals("COST_ESTIMATED_TOO_EXPENSIVE", error.code());
        assertTrue(error.message().contains("maximum of " + OperationLimits.DEFAULT_MAX_COST + " (max-cost)"),
                error.message());
    }

    @Test
    void refusesTwoHopsUnderAPageOfAHundredByItsCost() {
        GraphQLError error = refusedWithin(200, pipeline, "{ timeline(first: 100) { edges { node { participants { "
                + "actor { events { participants { actor { name } } } } } } } } }");

        assertEquals("COST_ESTIMATED_TOO_EXPENSIVE", error.code(), error.message());
    }

    @Test
    void countsAPaginatedListByItsPageSizeAndItsDefaultWhenAbsent() {
        String page = "{ timeline(first: %d) { edges { node { participants { actor { name } } } } } }";
        long ten = pipeline.prepare(GraphQLRequest.of(page.formatted(10))).demand().estimatedCost();
        long hundred = pipeline.prepare(GraphQLRequest.of(page.formatted(100))).demand().estimatedCost();
        long absent = pipeline.prepare(GraphQLRequest.of(
                "{ timeline { edges { node { participants { actor { name } } } } } }")).demand().estimatedCost();

        // edges cost (1 + node (1 + participants 10 x (1 + actor 1))) = 22 each, timeline itself 1
        assertEquals(1 + 10 * 22, ten);
        assertEquals(1 + 100 * 22, hundred);
        assertEquals(1 + 20 * 22, absent, "timeline's first defaults to 20 in the schema");
    }

    @Test
    void measuresAPageSizeGivenByAVariableForEachRequest() {
        String query = "query($n: Int) { timeline(first: $n) { edges { node { participants { actor { "
                + "events { participants { actor { name } } } } } } } } }";

        long small = pipeline.prepare(GraphQLRequest.of(query, Map.of("n", 1))).demand().estimatedCost();
        RequestException refused = assertThrows(RequestException.class,
                () -> pipeline.prepare(GraphQLRequest.of(query, Map.of("n", 100))));
        long again = pipeline.prepare(GraphQLRequest.of(query, Map.of("n", 1))).demand().estimatedCost();

        assertTrue(small < OperationLimits.DEFAULT_MAX_COST);
        assertEquals("COST_ESTIMATED_TOO_EXPENSIVE", refused.errors().get(0).code(),
                "the plan cached for a small page does not let a large one through");
        assertEquals(small, again, "a refusal for one request's sizes is not cached for another's");
    }

    @Test
    void refusesFragmentsThatEachSpreadTheNextTwiceUnderTwoAliasesInMilliseconds() {
        StringBuilder query = new StringBuilder("{ actors { edges { node { ...F0 } } } }\n");
        for (int i = 0; i < 24; i++) {
            query.append("fragment F").append(i).append(" on Actor { a: events { participants { actor { ...F")
                    .append(i + 1).append(" } } } b: events { participants { actor { ...F").append(i + 1)
                    .append(" } } } }\n");
        }
        query.append("fragment F24 on Actor { name }\n");

        GraphQLError error = refusedWithin(500, query.toString());

        assertTrue(List.of("MAX_FIELDS_LIMIT", "MAX_DEPTH_LIMIT", "COST_ESTIMATED_TOO_EXPENSIVE").contains(error.code()),
                error.code() + ": " + error.message());
    }

    @Test
    void refusesAnExponentialExpansionOfFieldsByItsFieldCount() {
        StringBuilder query = new StringBuilder("{ actors { edges { node { ...F0 } } } }\n");
        for (int i = 0; i < 24; i++) {
            query.append("fragment F").append(i).append(" on Actor { ")
                    .append("a").append(i).append(": name ... on Actor { x: events { id } } ...F").append(i + 1)
                    .append(" ... on Actor { ...F").append(i + 1).append(" } }\n");
        }
        query.append("fragment F24 on Actor { name }\n");

        GraphQLError error = refusedWithin(500, query.toString());

        assertEquals("MAX_FIELDS_LIMIT", error.code(), error.message());
        assertTrue(error.message().contains("(max-fields)"), error.message());
    }

    @Test
    void answersFragmentsSpreadTwiceInOneSelectionAsTheSpecCollectsThem() {
        StringBuilder query = new StringBuilder("{ actors { edges { node { ...F0 } } } }\n");
        for (int i = 0; i < 24; i++) {
            query.append("fragment F").append(i).append(" on Actor { id ...F").append(i + 1).append(" ...F")
                    .append(i + 1).append(" }\n");
        }
        query.append("fragment F24 on Actor { name }\n");

        long started = System.nanoTime();
        var prepared = pipeline.prepare(GraphQLRequest.of(query.toString()));
        long millis = (System.nanoTime() - started) / 1_000_000;

        assertTrue(millis < 1000, "prepared in " + millis + " ms");
        assertTrue(prepared.plan().text().contains("name"), prepared.plan().text());
    }

    @Test
    void refusesIntrospectionThatDoesNotAskInGoodFaith() {
        String nested = "{ __schema { types { " + "fields { type { ".repeat(5) + "name" + " } }".repeat(5) + " } } }";

        GraphQLError error = refusedWithin(200, nested);

        assertEquals("BAD_FAITH_INTROSPECTION", error.code());
        assertTrue(error.message().contains("__Type.fields is present too often"), error.message());
    }

    @Test
    void refusesIntrospectionNestedDeeperThanTheDepthLimit() {
        String deep = "{ __schema { types { " + "ofType { ".repeat(300) + "name" + " }".repeat(300) + " } } }";

        GraphQLError error = refusedWithin(500, deep);

        // graphql-java's parser stops at its rule depth before the gateway counts levels
        assertTrue(List.of("MAX_DEPTH_LIMIT", "MAX_TOKENS_LIMIT", "GRAPHQL_PARSE_FAILED").contains(error.code()),
                error.code());
    }

    @Test
    void answersTheStandardIntrospectionQuery() {
        String query = graphql.introspection.IntrospectionQuery.INTROSPECTION_QUERY;

        assertTrue(pipeline.prepare(GraphQLRequest.of(query)).plan().introspection() != null
                || pipeline.prepare(GraphQLRequest.of(query)).plan().root() == null);
    }

    @Test
    void refusesAListVariableOverTheItemLimit() {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 200_000; i++) {
            ids.add("actor-" + i);
        }
        String query = "query($kinds: [ActorKind!]) { actors(filter: { kinds: $kinds }) { totalCount } }";

        RequestException refused = assertThrows(RequestException.class,
                () -> pipeline.prepare(GraphQLRequest.of(query, Map.of("kinds", ids))));

        assertEquals("BAD_USER_INPUT", refused.errors().get(0).code());
        assertTrue(refused.errors().get(0).message().contains("200000 items"), refused.errors().get(0).message());
    }

    @Test
    void refusesMoreRootFieldsThanTheLimit() {
        StringBuilder query = new StringBuilder("{ ");
        for (int i = 0; i <= OperationLimits.DEFAULT_MAX_ROOT_FIELDS; i++) {
            query.append("a").append(i).append(": actor(id: \"x\") { name } ");
        }

        GraphQLError error = refusedWithin(500, query.append("}").toString());

        assertEquals("MAX_ROOT_FIELDS_LIMIT", error.code());
    }

    @Test
    void refusesAPlanOverTheFetchLimit() throws Exception {
        GatewayPipeline few = DefaultLimitsTest.committed(vertx,
                GatewaySettings.defaults().withLimits(OperationLimits.DEFAULT.withFetches(3)));
        String query = "{ a: actor(id: \"x\") { events { reactions { id } } } b: event(id: \"y\") { participants { actor { name } } } }";

        RequestException refused = assertThrows(RequestException.class, () -> few.prepare(GraphQLRequest.of(query)));

        assertEquals("MAX_FETCHES_LIMIT", refused.errors().get(0).code());
        assertTrue(refused.errors().get(0).message().contains("maximum of 3 (max-fetches)"));
        pipeline.prepare(GraphQLRequest.of(query)); // within the default
    }

    @Test
    void readsCostAndListSizeDirectivesFromTheSupergraph() throws Exception {
        String sdl = Files.readString(DefaultLimitsTest.ROOT.resolve("supergraph/supergraph.graphql"))
                .replaceFirst("@link\\(url: \"https://specs.apollo.dev/join/v0.4\", for: EXECUTION\\)",
                        "$0\n  @link(url: \"https://specs.apollo.dev/cost/v0.1\", import: [\"@cost\", \"@listSize\"])")
                .replaceFirst("(\n  reactions: \\[Reaction!\\]) @join__field\\(graph: REACTIONS\\)",
                        "$1 @listSize(assumedSize: 3) @cost(weight: 7) @join__field(graph: REACTIONS)")
                + "\ndirective @cost(weight: Int!) on ARGUMENT_DEFINITION | ENUM | FIELD_DEFINITION | INPUT_FIELD_DEFINITION | OBJECT | SCALAR\n"
                + "directive @listSize(assumedSize: Int, slicingArguments: [String!], sizedFields: [String!], requireOneSlicingArgument: Boolean = true) on FIELD_DEFINITION\n";
        assertTrue(sdl.contains("@listSize(assumedSize: 3)"), "the test found Actor.reactions to annotate");
        Supergraph supergraph = Supergraph.parse(sdl);
        GatewayPipeline annotated = new GatewayPipeline(supergraph, DefaultLimitsTest.withUnusedUrls(supergraph),
                request -> io.vertx.core.Future.failedFuture("no call"), vertx);

        long cost = annotated.prepare(GraphQLRequest.of("{ actor(id: \"x\") { reactions { id } } }"))
                .demand().estimatedCost();

        assertEquals(1 + 3 * 7, cost, "actor 1, plus reactions: 3 assumed items of weight 7");
    }

    private static GraphQLError refusedWithin(long millis, String query) {
        return refusedWithin(millis, pipeline, query);
    }

    private static GraphQLError refusedWithin(long millis, GatewayPipeline gateway, String query) {
        long started = System.nanoTime();
        RequestException refused = assertThrows(RequestException.class, () -> gateway.prepare(GraphQLRequest.of(query)));
        long took = (System.nanoTime() - started) / 1_000_000;
        assertTrue(took < millis, "refused in " + took + " ms, more than " + millis);
        return refused.errors().get(0);
    }
}
