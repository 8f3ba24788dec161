package io.qantar.gateway.layers;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.execution.ExecutionResult;
import io.qantar.gateway.operation.GraphQLRequest;
import io.qantar.gateway.operation.RequestException;
import io.qantar.gateway.pipeline.Gateway;
import io.qantar.gateway.pipeline.OperationPolicy;
import io.qantar.gateway.pipeline.PreparedRequest;
import io.qantar.gateway.supergraph.AccessRule;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.MultiMap;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The shop with Federation's authorization directives ({@code supergraphs/secured}): {@code Category} and
 * {@code User} are {@code @authenticated}; {@code Product.shippingEstimate} needs {@code shop:ship} or
 * {@code shop:admin}; {@code createProduct} needs {@code shop:edit} and {@code shop:write} (its directive is imported
 * under the name {@code @scoped}); {@code addReview} needs the policy {@code reviewer}, which the configuration
 * grants with {@code shop:review}; {@code Product.inStock} needs the policy {@code stock-viewer}, which it does not map.
 */
class AuthorizationLayerTest {

    private static final String SECURED = "supergraphs/secured/supergraph.graphql";

    private static Vertx vertx;
    private static ShopSubgraphs shop;
    private static TestGateway testGateway;
    private static final Gateway gateway = new Gateway();

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        shop = new ShopSubgraphs(vertx, 3);
        testGateway = TestGateway.start(vertx, SECURED, shop.all());
        gateway.install(testGateway.pipeline());
    }

    @AfterAll
    static void stop() {
        testGateway.close();
        shop.close();
        vertx.close();
    }

    @BeforeEach
    void clear() {
        shop.clearRequests();
    }

    private static AuthorizationLayer layer(boolean reject) {
        return new AuthorizationLayer(gateway, reject, Map.of("reviewer", List.of("shop:review")));
    }

    private static LayerRequest request(Caller caller) {
        LayerRequest request = new LayerRequest(HttpMethod.POST, MultiMap.caseInsensitiveMultiMap());
        request.caller(caller);
        return request;
    }

    private static Caller with(String... scopes) {
        return Caller.authenticated("someone", Set.of(scopes));
    }

    private static ExecutionResult run(Caller caller, String query) {
        return run(layer(false), caller, query);
    }

    private static ExecutionResult run(AuthorizationLayer layer, Caller caller, String query) {
        LayerRequest request = request(caller);
        OperationPolicy policy = layer.operationPolicy(request);
        PreparedRequest prepared = testGateway.pipeline().prepare(GraphQLRequest.of(query), policy);
        try {
            ExecutionResult result = testGateway.pipeline().execute(prepared, Map.of()).toCompletionStage()
                    .toCompletableFuture().get(30, TimeUnit.SECONDS);
            return layer.beforeResponse(request, prepared, result);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<List<Object>> unauthorizedPaths(ExecutionResult result) {
        for (GraphQLError error : result.errors()) {
            assertEquals("Unauthorized field or type", error.message());
            assertEquals("UNAUTHORIZED_FIELD_OR_TYPE", error.code());
        }
        return result.errors().stream().map(GraphQLError::path).toList();
    }

    @Test
    void theReaderRecordsTheDirectivesUnderTheirImportedNames() {
        Supergraph supergraph = testGateway.pipeline().supergraph();
        AccessRule shipping = supergraph.access().field("Product", "shippingEstimate");
        assertEquals(List.of(List.of(Set.of("shop:ship"), Set.of("shop:admin"))), shipping.scopes());
        assertTrue(supergraph.access().type("User").authenticated());
        assertTrue(supergraph.access().type("Category").authenticated());
        assertEquals(List.of(List.of(Set.of("reviewer"))), supergraph.access().field("Mutation", "addReview").policies());
        assertTrue(supergraph.access().field("Product", "name").isOpen());
    }

    @Test
    void unauthorizedFieldsAreRemovedWithOneErrorEachAndTheRestIsAnswered() {
        ExecutionResult result = run(Caller.ANONYMOUS, "{ topProduct { name category shippingEstimate } }");
        assertEquals(Map.of("topProduct", Map.of("name", "Product 1")), result.data());
        assertEquals(List.of(List.of("topProduct", "category"), List.of("topProduct", "shippingEstimate")),
                unauthorizedPaths(result));
        // shippingEstimate is inventory's alone: no fetch is planned for it.
        assertEquals(0, shop.inventory.requests().size());
        assertEquals(1, shop.products.requests().size());
    }

    @Test
    void anyOneOfTheScopeSetsIsEnough() {
        ExecutionResult result = run(with("shop:admin"), "{ topProduct { name category shippingEstimate } }");
        assertEquals(List.of(), result.errors());
        assertEquals(Map.of("name", "Product 1", "category", "BOOKS", "shippingEstimate", 5),
                result.data().get("topProduct"));
        assertEquals(1, shop.inventory.requests().size());
    }

    @Test
    void aTypeRuleAppliesToEveryFieldReturningItAndListPathsUseAt() {
        ExecutionResult result = run(Caller.ANONYMOUS, "{ latestReviews { body author { name } } }");
        assertEquals(List.of(List.of("latestReviews", "@", "author")), unauthorizedPaths(result));
        List<?> reviews = (List<?>) result.data().get("latestReviews");
        assertTrue(!reviews.isEmpty() && reviews.stream().allMatch(r -> ((Map<?, ?>) r).keySet().equals(Set.of("body"))));
        assertEquals(0, shop.accounts.requests().size());
        assertEquals(1, run(with(), "{ me { name } }").data().size());
    }

    @Test
    void aParentLeftWithoutFieldsIsRemovedAndAnEmptyOperationCallsNoSubgraph() {
        ExecutionResult result = run(Caller.ANONYMOUS, "{ topProduct { shippingEstimate } }");
        assertNull(result.data());
        assertEquals(List.of(List.of("topProduct", "shippingEstimate")), unauthorizedPaths(result));
        for (FakeSubgraph subgraph : shop.all()) {
            assertEquals(0, subgraph.requests().size(), subgraph.name());
        }
    }

    @Test
    void aMutationNeedsEveryScopeOfASetAndIsNeverSentWithoutThem() {
        String create = "mutation { createProduct(upc: \"pX\", name: \"X\", price: 1) { upc } }";
        ExecutionResult refused = run(with("shop:edit"), create);
        assertNull(refused.data());
        assertEquals(List.of(List.of("createProduct")), unauthorizedPaths(refused));
        assertEquals(0, shop.products.requests().size());

        ExecutionResult created = run(with("shop:edit", "shop:write"), create);
        assertEquals(List.of(), created.errors());
        assertEquals(Map.of("createProduct", Map.of("upc", "pX")), created.data());
    }

    @Test
    void aPolicyIsGrantedByItsConfiguredScopesAndAnUnmappedPolicyNever() {
        String review = "mutation { addReview(sku: \"s1\", body: \"fine\") { body } }";
        assertEquals(List.of(List.of("addReview")), unauthorizedPaths(run(with("shop:edit"), review)));
        assertEquals(List.of(), run(with("shop:review"), review).errors());

        ExecutionResult stock = run(with("shop:review", "shop:admin", "shop:edit", "shop:write", "stock-viewer"),
                "{ topProduct { name inStock } }");
        assertEquals(List.of(List.of("topProduct", "inStock")), unauthorizedPaths(stock));
    }

    @Test
    void rejectModeRefusesTheWholeOperationWithTheSameErrors() {
        AuthorizationLayer reject = layer(true);
        RequestException refused = assertThrows(RequestException.class, () -> run(reject, Caller.ANONYMOUS,
                "{ topProduct { name category shippingEstimate } }"));
        assertEquals(2, refused.errors().size());
        assertEquals("UNAUTHORIZED_FIELD_OR_TYPE", refused.errors().get(0).code());
        for (FakeSubgraph subgraph : shop.all()) {
            assertEquals(0, subgraph.requests().size(), subgraph.name());
        }
        // What is authorized runs as usual.
        assertEquals(List.of(), run(reject, with("shop:ship"), "{ topProduct { name shippingEstimate } }").errors());
    }

    @Test
    void plansAreCachedPerRightsNotPerCaller() {
        AuthorizationLayer layer = layer(false);
        Object anonymous = layer.operationPolicy(request(Caller.ANONYMOUS)).cacheKey();
        Object admin = layer.operationPolicy(request(with("shop:admin", "unrelated"))).cacheKey();
        assertNotEquals(anonymous, admin);
        assertEquals(admin, layer.operationPolicy(request(Caller.authenticated("other", Set.of("shop:admin"))))
                .cacheKey());
        // A plan made for an admin is not served to an anonymous caller.
        String query = "{ topProduct { name shippingEstimate } }";
        assertEquals(List.of(), run(with("shop:admin"), query).errors());
        assertEquals(1, run(Caller.ANONYMOUS, query).errors().size());
    }
}
