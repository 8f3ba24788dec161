package io.qantar.gateway.plan;

import io.qantar.gateway.operation.DocumentParser;
import io.qantar.gateway.operation.Normalizer;
import io.qantar.gateway.operation.OperationLimits;
import io.qantar.gateway.operation.ValidatedDocument;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.testing.CatalogSubgraphs;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Plans on small supergraphs. The expected shapes are those of Apollo's query planner for the same operations
 * (branch order aside), written as {@code Sequence[...]}, {@code Parallel[...]}, {@code subgraph} for a root
 * fetch and {@code subgraph@path} for an entity fetch.
 */
class QueryPlannerTest {

    private static final Supergraph SHOP = Supergraph.parse(FakeSubgraph.resource(ShopSubgraphs.SUPERGRAPH));
    private static final Supergraph CATALOG = Supergraph.parse(FakeSubgraph.resource(CatalogSubgraphs.SUPERGRAPH));

    @Test
    void fieldsOfOneSubgraphTravelInOneFetch() {
        QueryPlan plan = plan(SHOP, "{ products { name price category } topProduct { upc } }");

        assertEquals("products", shape(plan.root()));
        assertEquals("{products{name price category} topProduct{upc}}", selection(fetches(plan).get(0)));
    }

    @Test
    void independentSubgraphsAreFetchedInParallel() {
        QueryPlan plan = plan(SHOP, "{ products { name } me { username } latestReviews { body } }");

        assertEquals("Parallel[products, accounts, reviews]", shape(plan.root()));
    }

    @Test
    void fieldsOfAnotherSubgraphAreOneEntityFetchPerSubgraphAndStep() {
        QueryPlan plan = plan(SHOP, """
                { products { name inStock shippingEstimate reviews { body author { username nickname } } } }""");

        assertEquals("Sequence[products, Parallel[inventory@products.@, "
                + "Sequence[reviews@products.@, accounts@products.@.reviews.@.author]]]", shape(plan.root()));
        FetchNode inventory = fetches(plan).get(1);
        assertEquals("query($representations:[_Any!]!){_entities(representations:$representations)"
                + "{...on Product{inStock shippingEstimate}}}", inventory.operation());
    }

    @Test
    void requiredFieldsAreFetchedFirstAndSentInTheRepresentation() {
        QueryPlan plan = plan(SHOP, "{ topProduct { shippingEstimate } }");

        FetchNode products = fetches(plan).get(0);
        FetchNode inventory = fetches(plan).get(1);
        assertTrue(selection(products).contains("weight"), selection(products));
        assertEquals(List.of(new RequiredSelection("Product", List.of(
                new RequiredField("__typename", "__typename", List.of()),
                new RequiredField("upc", "upc", List.of()),
                new RequiredField("weight", "weight", List.of())))), inventory.requires());
    }

    @Test
    void providedFieldsNeedNoEntityFetch() {
        assertEquals("reviews", shape(plan(SHOP, "{ latestReviews { author { id name } } }").root()));
        assertEquals("Sequence[reviews, accounts@latestReviews.@.author]",
                shape(plan(SHOP, "{ latestReviews { author { name username } } }").root()));
    }

    @Test
    void anOverriddenFieldComesFromTheOverridingSubgraph() {
        assertEquals("Sequence[reviews, accounts@latestReviews.@.author]",
                shape(plan(SHOP, "{ latestReviews { author { nickname } } }").root()));
        assertEquals("accounts", shape(plan(SHOP, "{ me { nickname } }").root()));
    }

    @Test
    void aKeyTheParentSubgraphLacksIsFetchedThroughAnotherKey() {
        QueryPlan plan = plan(SHOP, "{ latestReviews { product { inStock } } }");

        assertEquals("Sequence[reviews, products@latestReviews.@.product, inventory@latestReviews.@.product]",
                shape(plan.root()));
        assertTrue(fetches(plan).get(1).requiresText().contains("sku"));
        assertTrue(fetches(plan).get(2).requiresText().contains("upc"));
    }

    @Test
    void aFetchNeedingTwoOthersWaitsForBoth() {
        // shipping @requires weight (from scales) and size (from sizes): both run first, side by side.
        Supergraph requires = Supergraph.parse(FakeSubgraph.resource("supergraphs/requires/supergraph.graphql"));
        QueryPlan plan = plan(requires, "{ product { shippingEstimate } }");

        assertEquals("Sequence[catalog, Parallel[scales@product, sizes@product], shipping@product]", shape(plan.root()));
        assertEquals(List.of("__typename", "id", "weight", "size"), fetches(plan).get(3).requires().get(0).fields()
                .stream().map(RequiredField::name).toList());
    }

    @Test
    void aSharedFieldIsTakenFromTheSubgraphAtHand() {
        assertEquals("products", shape(plan(SHOP, "{ topProduct { price } }").root()));
    }

    @Test
    void aCompositeKeyIsSelectedWithItsNestedFields() {
        QueryPlan plan = plan(CATALOG, "{ author(name: \"Abai\", countryCode: \"KZ\") { awards } }");

        assertEquals("Sequence[catalog, ratings@author]", shape(plan.root()));
        assertTrue(selection(fetches(plan).get(0)).contains("country{code}"), selection(fetches(plan).get(0)));
        RequiredField country = fetches(plan).get(1).requires().get(0).fields().get(2);
        assertEquals("country", country.name());
        assertEquals("code", country.selections().get(0).fields().get(0).name());
    }

    @Test
    void abstractTypesAreFetchedWithATypenameAndOneFragmentPerType() {
        QueryPlan plan = plan(CATALOG, "{ media { title ... on Book { rating } ... on Movie { rating } } }");

        assertEquals("Sequence[catalog, ratings@media.@]", shape(plan.root()));
        String root = selection(fetches(plan).get(0));
        assertEquals("{media{__typename ...on Book{__typename id title} ...on Movie{__typename id title}}}", root);
        assertEquals(List.of("Book", "Movie"),
                fetches(plan).get(1).requires().stream().map(RequiredSelection::typeCondition).toList());
    }

    @Test
    void nestedListsGetOneStepPerListLevel() {
        assertEquals("Sequence[catalog, ratings@shelves.@.@]", shape(plan(CATALOG, "{ shelves { rating } }").root()));
    }

    @Test
    void mutationRootFieldsRunInOrderWithTheirDependents() {
        QueryPlan plan = plan(SHOP, """
                mutation {
                  a: createProduct(upc: "1", name: "A", price: 1) { inStock }
                  b: createProduct(upc: "2", name: "B", price: 2) { name }
                  r: addReview(sku: "1", body: "x") { id }
                  c: createProduct(upc: "3", name: "C", price: 3) { name }
                }""");

        assertEquals("Sequence[products, inventory@a, reviews, products]", shape(plan.root()));
        FetchNode first = fetches(plan).get(0);
        assertTrue(first.operation().startsWith("mutation{a:createProduct"), first.operation());
        assertTrue(first.operation().contains("b:createProduct"), "consecutive fields of one subgraph share a fetch");
    }

    @Test
    void skipAndIncludeAreResolvedIntoThePlan() {
        String query = "query($stock: Boolean!) { topProduct { name inStock @include(if: $stock) } }";

        assertEquals("Sequence[products, inventory@topProduct]", shape(plan(SHOP, query, Map.of("stock", true)).root()));
        assertEquals("products", shape(plan(SHOP, query, Map.of("stock", false)).root()));
    }

    @Test
    void variablesTravelOnlyToTheFetchesThatUseThem() {
        QueryPlan plan = plan(SHOP, """
                query Q($upc: String!, $first: Int = 3) { product(upc: $upc) { inStock } products(first: $first) { name } }""");

        FetchNode products = fetches(plan).get(0);
        assertEquals("query Q__products__0($upc:String!,$first:Int=3){product(upc:$upc){__typename upc} "
                + "products(first:$first){name}}", products.operation());
        assertEquals(List.of("upc", "first"), products.variableUsages());
        assertEquals(List.of(), fetches(plan).get(1).variableUsages());
    }

    @Test
    void aKeyFieldTakesAnAliasWhenTheClientUsesItsName() {
        QueryPlan plan = plan(SHOP, "{ topProduct { upc: name inStock } }");

        assertTrue(selection(fetches(plan).get(0)).contains("upc:name"));
        assertTrue(selection(fetches(plan).get(0)).contains(QueryPlanner.PLUMBING_ALIAS_PREFIX + "upc:upc"));
        RequiredField key = fetches(plan).get(1).requires().get(0).fields().get(1);
        assertEquals(new RequiredField("upc", QueryPlanner.PLUMBING_ALIAS_PREFIX + "upc", List.of()), key);
    }

    @Test
    void introspectionAndTypenameNeedNoFetch() {
        QueryPlan plan = plan(SHOP, "{ __typename __schema { queryType { name } } }");

        assertNull(plan.root());
        assertEquals("QueryPlan {}", plan.text());
        assertEquals("{__schema{queryType{name}}}", plan.introspection());
    }

    /** The expected text is what Apollo's query planner prints for this operation. */
    @Test
    void printsThePlanInApolloTextFormat() {
        String text = plan(SHOP, "{ topProduct { name inStock } }").text();

        assertEquals("""
                QueryPlan {
                  Sequence {
                    Fetch(service: "products") {
                      {
                        topProduct {
                          __typename
                          upc
                          name
                        }
                      }
                    },
                    Flatten(path: "topProduct") {
                      Fetch(service: "inventory") {
                        {
                          ... on Product {
                            __typename
                            upc
                          }
                        } =>
                        {
                          ... on Product {
                            inStock
                          }
                        }
                      },
                    },
                  },
                }""", text);
        assertFalse(text.contains("\t"));
    }

    private static QueryPlan plan(Supergraph supergraph, String query) {
        return plan(supergraph, query, Map.of());
    }

    private static QueryPlan plan(Supergraph supergraph, String query, Map<String, Object> variables) {
        ValidatedDocument document = new DocumentParser(supergraph.apiSchema(), OperationLimits.DEFAULT, 10).parse(query);
        var operation = document.operation(null);
        return new QueryPlanner(supergraph).plan(new Normalizer(supergraph.apiSchema())
                .normalize(document, operation, variables));
    }

    /** The plan's structure: which subgraph each fetch goes to, at which path, in which order. */
    private static String shape(PlanNode node) {
        if (node instanceof SequenceNode sequence) {
            return "Sequence[" + sequence.nodes().stream().map(QueryPlannerTest::shape).collect(Collectors.joining(", ")) + "]";
        }
        if (node instanceof ParallelNode parallel) {
            return "Parallel[" + parallel.nodes().stream().map(QueryPlannerTest::shape).collect(Collectors.joining(", ")) + "]";
        }
        if (node instanceof FlattenNode flatten) {
            return flatten.fetch().subgraph() + "@" + flatten.path();
        }
        return ((FetchNode) node).subgraph();
    }

    private static List<FetchNode> fetches(QueryPlan plan) {
        List<FetchNode> result = new ArrayList<>();
        collect(plan.root(), result);
        return result;
    }

    private static void collect(PlanNode node, List<FetchNode> result) {
        if (node instanceof SequenceNode sequence) {
            sequence.nodes().forEach(n -> collect(n, result));
        } else if (node instanceof ParallelNode parallel) {
            parallel.nodes().forEach(n -> collect(n, result));
        } else if (node instanceof FlattenNode flatten) {
            result.add(flatten.fetch());
        } else if (node != null) {
            result.add((FetchNode) node);
        }
    }

    /** The selection a root fetch sends, without the operation header. */
    private static String selection(FetchNode fetch) {
        String operation = fetch.operation();
        return operation.substring(operation.indexOf('{'));
    }
}
