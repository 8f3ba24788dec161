package io.qantar.gateway.execution;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.pipeline.GatewaySettings;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.Json;
import io.qantar.gateway.testing.RecordedRequest;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Executes operations on the shop supergraph against its fake subgraphs, checking answers and the fetches made. */
class ShopExecutionTest {

    private static Vertx vertx;
    private static ShopSubgraphs shop;
    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 3);
        gateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, shop.all());
    }

    @AfterAll
    static void stop() {
        gateway.close();
        shop.close();
        vertx.close();
    }

    @BeforeEach
    void clear() {
        shop.clearRequests();
    }

    @AfterEach
    void heal() {
        shop.breakInventoryFor(null);
        for (FakeSubgraph subgraph : shop.all()) {
            subgraph.behave(FakeSubgraph.Behaviour.NORMAL);
            subgraph.delay(0);
        }
    }

    @Test
    void answersAcrossFourSubgraphsInTheRequestedShape() {
        ExecutionResult result = gateway.execute("""
                { products(first: 2) { name inStock shippingEstimate
                    reviews { body author { username name nickname } } } }""");

        assertEquals(List.of(), result.errors());
        assertEquals(Json.normalize("""
                {'products': [
                  {'name': 'Product 1', 'inStock': true, 'shippingEstimate': 5, 'reviews': [
                    {'body': 'Good 1', 'author': {'username': '@u1', 'name': 'Name of u1 (from reviews)', 'nickname': 'nick-u1'}},
                    {'body': 'Bad 1', 'author': {'username': '@u2', 'name': 'Name of u2 (from reviews)', 'nickname': 'nick-u2'}}]},
                  {'name': 'Product 2', 'inStock': false, 'shippingEstimate': 10, 'reviews': [
                    {'body': 'Good 2', 'author': {'username': '@u1', 'name': 'Name of u1 (from reviews)', 'nickname': 'nick-u1'}},
                    {'body': 'Bad 2', 'author': {'username': '@u2', 'name': 'Name of u2 (from reviews)', 'nickname': 'nick-u2'}}]}]}"""),
                Json.write(result.data()));
    }

    @Test
    void aHundredParentsCostOneFetchPerSubgraphPerStep() {
        try (ShopSubgraphs big = new ShopSubgraphs(vertx, 100);
             TestGateway bigGateway = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, big.all())) {
            ExecutionResult result = bigGateway.execute("""
                    { products(first: 100) { name inStock reviews { body author { username } } } }""");

            List<?> products = (List<?>) result.data().get("products");
            assertEquals(100, products.size());
            Map<?, ?> last = (Map<?, ?>) products.get(99);
            assertEquals("Product 100", last.get("name"));
            assertEquals(Json.object("{'body': 'Bad 100', 'author': {'username': '@u2'}}"),
                    ((List<?>) last.get("reviews")).get(1));
            assertEquals(1, big.products.requests().size());
            assertEquals(1, big.inventory.requests().size());
            assertEquals(100, big.inventory.requests().get(0).representations().size());
            assertEquals(1, big.reviews.requests().size());
            assertEquals(100, big.reviews.requests().get(0).representations().size());
            assertEquals(1, big.accounts.requests().size(), "200 reviews by 2 authors: one accounts fetch");
            assertEquals(2, big.accounts.requests().get(0).representations().size());
        }
    }

    @Test
    void sendsEachDistinctEntityOnce() {
        ExecutionResult result = gateway.execute("{ latestReviews { id product { name } } }");

        List<?> reviews = (List<?>) result.data().get("latestReviews");
        assertEquals(6, reviews.size());
        assertEquals(Json.object("{'id': 'r2b', 'product': {'name': 'Product 2'}}"), reviews.get(3));
        RecordedRequest fetch = shop.products.entityFetches().get(0);
        assertEquals(List.of(Map.of("__typename", "Product", "sku", "s1"), Map.of("__typename", "Product", "sku", "s2"),
                Map.of("__typename", "Product", "sku", "s3")), fetch.representations());
    }

    @Test
    void runsIndependentFetchesInParallel() {
        shop.inventory.delay(300);
        shop.reviews.delay(300);

        ExecutionResult result = gateway.execute("{ products(first: 2) { inStock reviews { id } } }");

        assertEquals(List.of(), result.errors());
        RecordedRequest inventory = shop.inventory.requests().get(0);
        RecordedRequest reviews = shop.reviews.requests().get(0);
        assertTrue(inventory.overlaps(reviews), "inventory and reviews are both fetched right after products");
    }

    @Test
    void sendsRequiredFieldsInTheRepresentation() {
        ExecutionResult result = gateway.execute("{ product(upc: \"p2\") { shippingEstimate } }");

        assertEquals(Json.object("{'product': {'shippingEstimate': 10}}"), result.data());
        assertEquals(List.of(Map.of("__typename", "Product", "upc", "p2", "weight", 2)),
                shop.inventory.requests().get(0).representations());
    }

    @Test
    void usesProvidedFieldsWithoutAnotherFetch() {
        ExecutionResult result = gateway.execute("{ latestReviews { author { name } } }");

        assertEquals("Name of u1 (from reviews)",
                ((Map<?, ?>) ((Map<?, ?>) ((List<?>) result.data().get("latestReviews")).get(0)).get("author")).get("name"));
        assertEquals(0, shop.accounts.requests().size());
    }

    @Test
    void resolvesAnOverriddenFieldInItsNewSubgraph() {
        ExecutionResult result = gateway.execute("{ latestReviews { author { nickname } } }");

        assertEquals("nick-u1",
                ((Map<?, ?>) ((Map<?, ?>) ((List<?>) result.data().get("latestReviews")).get(0)).get("author")).get("nickname"));
        assertEquals(1, shop.accounts.requests().size());
    }

    @Test
    void reachesASubgraphThroughAnotherKey() {
        // reviews knows a product by sku only, inventory by upc only: products translates.
        ExecutionResult result = gateway.execute("{ latestReviews { product { inStock } } }");

        assertEquals(List.of(), result.errors());
        assertEquals(Json.object("{'product': {'inStock': false}}"),
                ((List<?>) result.data().get("latestReviews")).get(2));
        assertEquals(List.of("sku"), keysBesidesTypename(shop.products.entityFetches().get(0)));
        assertEquals(List.of("upc"), keysBesidesTypename(shop.inventory.entityFetches().get(0)));
    }

    @Test
    void answersASharedFieldFromTheSubgraphAlreadyFetched() {
        ExecutionResult result = gateway.execute("{ products(first: 2) { price } }");

        assertEquals(Json.object("{'products': [{'price': 10}, {'price': 20}]}"), result.data());
        assertEquals(0, shop.inventory.requests().size());
    }

    @Test
    void keepsAliasesApartIncludingOneFieldWithTwoArgumentSets() {
        ExecutionResult result = gateway.execute("""
                { one: products(first: 1) { title: name }
                  two: products(first: 2) { upc: sku inStock name } }""");

        assertEquals(List.of(), result.errors());
        assertEquals(Json.normalize("""
                {'one': [{'title': 'Product 1'}],
                 'two': [{'upc': 's1', 'inStock': true, 'name': 'Product 1'},
                         {'upc': 's2', 'inStock': false, 'name': 'Product 2'}]}"""), Json.write(result.data()));
        assertEquals(List.of(Map.of("__typename", "Product", "upc", "p1"), Map.of("__typename", "Product", "upc", "p2")),
                shop.inventory.requests().get(0).representations(), "the key is read from its own alias");
    }

    @Test
    void appliesFragmentsDirectivesAndVariableDefaults() {
        String query = """
                query Shelf($first: Int = 2, $withStock: Boolean = true) {
                  products(first: $first) { ...Names ... on Product { inStock @include(if: $withStock) } }
                }
                fragment Names on Product { name }""";

        ExecutionResult withDefaults = gateway.execute(query, Map.of());
        assertEquals(Json.object("{'products': [{'name': 'Product 1', 'inStock': true}, {'name': 'Product 2', 'inStock': false}]}"),
                withDefaults.data());
        assertEquals(1, shop.inventory.requests().size());

        shop.clearRequests();
        ExecutionResult withoutStock = gateway.execute(query, Map.of("first", 1, "withStock", false));
        assertEquals(Json.object("{'products': [{'name': 'Product 1'}]}"), withoutStock.data());
        assertEquals(0, shop.inventory.requests().size(), "a skipped field costs no fetch");
        assertEquals(Map.of("first", 1), shop.products.requests().get(0).variables());
    }

    @Test
    void answersTypenameEverywhere() {
        ExecutionResult result = gateway.execute("{ __typename topProduct { __typename kind: __typename name } }");

        assertEquals(Json.normalize("{'__typename': 'Query', 'topProduct': {'__typename': 'Product', 'kind': 'Product', 'name': 'Product 1'}}"),
                Json.write(result.data()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void answersIntrospectionFromTheApiSchemaNextToData() {
        ExecutionResult result = gateway.execute("""
                { __schema { queryType { name } }
                  product: __type(name: "Product") { fields { name } }
                  category: __type(name: "Category") { enumValues { name } }
                  topProduct { name } }""");

        assertEquals(List.of(), result.errors());
        assertEquals(Json.object("{'queryType': {'name': 'Query'}}"), result.data().get("__schema"));
        List<String> fields = ((List<Map<String, Object>>) ((Map<String, Object>) result.data().get("product"))
                .get("fields")).stream().map(f -> (String) f.get("name")).toList();
        assertTrue(fields.containsAll(List.of("upc", "sku", "name", "inStock", "reviews")));
        assertFalse(fields.contains("internalCode"), "@inaccessible fields are not in the API schema");
        assertEquals(Json.object("{'enumValues': [{'name': 'BOOKS'}, {'name': 'GAMES'}]}"), result.data().get("category"));
        assertEquals(Json.object("{'name': 'Product 1'}"), result.data().get("topProduct"));
    }

    /** The expected lists are what Apollo's gateway (graphql-js) answers for the same supergraph. */
    @Test
    void listsTypesAndDirectivesAsApolloDoes() {
        ExecutionResult result = gateway.execute("{ __schema { types { name } directives { name } } }");

        Map<?, ?> schema = (Map<?, ?>) result.data().get("__schema");
        assertEquals(List.of("Category", "Mutation", "String", "Int", "Product", "Boolean", "Query", "Review", "ID",
                        "User", "__Schema", "__Type", "__TypeKind", "__Field", "__InputValue", "__EnumValue",
                        "__Directive", "__DirectiveLocation"),
                ((List<?>) schema.get("types")).stream().map(t -> ((Map<?, ?>) t).get("name")).toList());
        assertEquals(List.of("include", "skip", "deprecated", "specifiedBy", "oneOf"),
                ((List<?>) schema.get("directives")).stream().map(t -> ((Map<?, ?>) t).get("name")).toList());
    }

    @Test
    void propagatesANullToTheNearestNullableParent() {
        shop.breakInventoryFor("p3");
        ExecutionResult result = gateway.execute("{ product(upc: \"p3\") { name inStock } topProduct { name } }");

        assertNull(((Map<?, ?>) result.data()).get("product"), "inStock is non-null, so product becomes null");
        assertEquals(Json.object("{'name': 'Product 1'}"), result.data().get("topProduct"));
        GraphQLError error = result.errors().get(0);
        assertEquals(List.of("product", "inStock"), error.path());
        assertEquals("inventory", error.extensions().get("serviceName"));
    }

    @Test
    void nullsAValueTheApiSchemaCannotShowAndSaysWhyAsApolloDoes() {
        ExecutionResult result = gateway.execute("{ product(upc: \"secret\") { name category } }");

        assertEquals(Json.object("{'product': {'name': 'Secret', 'category': null}}"), result.data());
        assertEquals(List.of(), result.errors(), "not a request error: the subgraph did nothing wrong");
        Map<?, ?> completion = (Map<?, ?>) ((List<?>) result.extensions().get("valueCompletion")).get(0);
        assertEquals("Invalid value found for field Product.category.", completion.get("message"));
        assertEquals(List.of("product", "category"), completion.get("path"));
    }

    @Test
    void rewritesEntityErrorPathsIntoTheClientsResponse() {
        shop.breakInventoryFor("p3");
        ExecutionResult result = gateway.execute("{ products(first: 3) { upc shippingEstimate } }");

        assertEquals(Json.object("""
                {'products': [{'upc': 'p1', 'shippingEstimate': 5}, {'upc': 'p2', 'shippingEstimate': 10},
                              {'upc': 'p3', 'shippingEstimate': null}]}"""), result.data());
        assertEquals(1, result.errors().size());
        GraphQLError error = result.errors().get(0);
        assertEquals(List.of("products", 2, "shippingEstimate"), error.path());
        assertEquals("DOWNSTREAM_SERVICE_ERROR", error.code());
        assertEquals("inventory", error.extensions().get("serviceName"));
    }

    @Test
    void keepsEverythingElseWhenASubgraphFails() {
        for (FakeSubgraph.Behaviour failure : List.of(FakeSubgraph.Behaviour.HTTP_500, FakeSubgraph.Behaviour.GARBAGE)) {
            shop.inventory.behave(failure);

            ExecutionResult result = gateway.execute("{ products(first: 2) { name shippingEstimate } me { username } }");

            assertEquals(Json.object("""
                    {'products': [{'name': 'Product 1', 'shippingEstimate': null},
                                  {'name': 'Product 2', 'shippingEstimate': null}],
                     'me': {'username': '@u1'}}"""), result.data(), failure.name());
            assertEquals(1, result.errors().size(), failure.name());
            assertDownstreamError(result.errors().get(0), "inventory");
        }
    }

    @Test
    void reportsASubgraphThatTimesOut() {
        shop.inventory.behave(FakeSubgraph.Behaviour.SLOW);
        GatewaySettings settings = GatewaySettings.defaults()
                .withSubgraph("inventory", GatewaySettings.SubgraphOverride.timeout(Duration.ofMillis(300)));
        try (TestGateway impatient = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings, shop.all())) {
            long start = System.nanoTime();
            ExecutionResult result = impatient.execute("{ topProduct { name shippingEstimate } }");

            assertTrue(System.nanoTime() - start < 5_000_000_000L, "the per-subgraph timeout applies");
            assertEquals(Json.object("{'topProduct': {'name': 'Product 1', 'shippingEstimate': null}}"), result.data());
            assertDownstreamError(result.errors().get(0), "inventory");
            assertTrue(result.errors().get(0).message().contains("timed out"));
        }
    }

    @Test
    void reportsASubgraphThatIsDown() {
        GatewaySettings settings = GatewaySettings.defaults()
                .withSubgraph("inventory", GatewaySettings.SubgraphOverride.url("http://127.0.0.1:1/graphql"));
        FakeSubgraph[] others = {shop.products, shop.reviews, shop.accounts};
        try (TestGateway partial = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, settings, others)) {
            ExecutionResult result = partial.execute("{ topProduct { name shippingEstimate } }");

            assertEquals(Json.object("{'topProduct': {'name': 'Product 1', 'shippingEstimate': null}}"), result.data());
            assertDownstreamError(result.errors().get(0), "inventory");
        }
    }

    @Test
    void runsMutationRootFieldsInOrder() {
        try (ShopSubgraphs fresh = new ShopSubgraphs(vertx, 1);
             TestGateway writer = TestGateway.start(vertx, ShopSubgraphs.SUPERGRAPH, fresh.all())) {
            ExecutionResult result = writer.execute("""
                    mutation {
                      first: createProduct(upc: "n1", name: "New 1", price: 5) { upc inStock }
                      review: addReview(sku: "s-n1", body: "Good") { body product { name } }
                      second: createProduct(upc: "n2", name: "New 2", price: 6) { name }
                    }""");

            assertEquals(List.of(), result.errors());
            assertEquals(Json.normalize("""
                    {'first': {'upc': 'n1', 'inStock': true},
                     'review': {'body': 'Good', 'product': {'name': 'New 1'}},
                     'second': {'name': 'New 2'}}"""), Json.write(result.data()));
            List<RecordedRequest> products = fresh.products.requests();
            RecordedRequest review = fresh.reviews.requests().get(0);
            assertTrue(products.get(0).query().contains("createProduct"));
            assertTrue(products.get(0).endNanos() <= review.startNanos(), "addReview runs after the first create");
            RecordedRequest secondCreate = products.stream().filter(r -> r.query().contains("New 2")).findFirst().orElseThrow();
            assertTrue(review.endNanos() <= secondCreate.startNanos(), "the second create runs after addReview");
        }
    }

    private static void assertDownstreamError(GraphQLError error, String subgraph) {
        assertEquals("DOWNSTREAM_SERVICE_ERROR", error.code());
        assertEquals(subgraph, error.extensions().get("serviceName"));
        assertTrue(error.message().contains("\"" + subgraph + "\""), error.message());
    }

    private static List<String> keysBesidesTypename(RecordedRequest request) {
        return request.representations().get(0).keySet().stream().filter(k -> !k.equals("__typename")).toList();
    }
}
