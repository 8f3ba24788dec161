package io.qantar.gateway.supergraph;

import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;
import graphql.schema.GraphQLUnionType;
import graphql.schema.idl.SchemaParser;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import io.qantar.gateway.testing.CatalogSubgraphs;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SupergraphTest {

    private static final String SHOP_SDL = FakeSubgraph.resource(ShopSubgraphs.SUPERGRAPH);

    @Test
    void readsSubgraphsWithTheirUrls() {
        Supergraph supergraph = Supergraph.parse(SHOP_SDL);

        assertEquals(List.of("accounts", "inventory", "products", "reviews"),
                supergraph.subgraphs().stream().map(Subgraph::name).toList());
        assertEquals("http://localhost:4002/graphql", supergraph.subgraph("inventory").url());
        assertEquals("Query", supergraph.queryType());
        assertEquals(Optional.of("Mutation"), supergraph.mutationType());
    }

    @Test
    void readsEntityKeysPerSubgraph() {
        TypeInfo product = Supergraph.parse(SHOP_SDL).type("Product");

        assertEquals(List.of("upc", "sku"), product.keys("products").stream().map(k -> k.fields().text()).toList());
        assertEquals(List.of("sku"), product.keys("reviews").stream().map(k -> k.fields().text()).toList());
        assertTrue(product.isEntityIn("inventory"));
        assertFalse(product.isEntityIn("accounts"));
    }

    @Test
    void readsWhatEachSubgraphResolves() {
        Supergraph supergraph = Supergraph.parse(SHOP_SDL);

        FieldJoin weightInInventory = supergraph.field("Product", "weight").join("inventory").orElseThrow();
        assertTrue(weightInInventory.external());
        FieldJoin shipping = supergraph.field("Product", "shippingEstimate").join("inventory").orElseThrow();
        assertEquals("weight", shipping.requires().orElseThrow().text());
        assertFalse(supergraph.resolvesDirectly("inventory", "Product", "shippingEstimate"));
        assertEquals("name", supergraph.field("Review", "author").join("reviews").orElseThrow()
                .provides().orElseThrow().text());
        assertEquals(List.of("accounts"), supergraph.graphsResolving("User", "nickname"));
        assertEquals(Optional.of("reviews"), supergraph.field("User", "nickname").join("accounts").orElseThrow().overrides());
        assertEquals(List.of("inventory", "products"), supergraph.graphsResolving("Product", "price"));
        assertEquals(List.of("accounts", "reviews"), supergraph.graphsResolving("User", "id"),
                "a field without @join__field belongs to every subgraph of its type");
    }

    @Test
    void readsInterfaceImplementationsAndUnionMembersPerSubgraph() {
        Supergraph supergraph = Supergraph.parse(FakeSubgraph.resource(CatalogSubgraphs.SUPERGRAPH));

        assertEquals(Set.of("Book", "Movie"), supergraph.possibleTypes("Media"));
        assertTrue(supergraph.isPossibleTypeInGraph("catalog", "Media", "Book"));
        assertFalse(supergraph.isPossibleTypeInGraph("ratings", "Media", "Book"), "ratings does not know Media");
        assertEquals(Set.of("Book", "Movie", "Author"), supergraph.possibleTypes("SearchResult"));
        assertEquals(List.of("name country { code }"),
                supergraph.type("Author").keys("ratings").stream().map(k -> k.fields().text()).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"shop", "catalog"})
    void derivesTheApiSchemaApolloDerives(String name) {
        GraphQLSchema ours = Supergraph.parse(FakeSubgraph.resource("supergraphs/" + name + "/supergraph.graphql"))
                .apiSchema();
        // api-schema.graphql is what @apollo/federation-internals prints for the same supergraph.
        GraphQLSchema apollos = UnExecutableSchemaGenerator.makeUnExecutableSchema(
                new SchemaParser().parse(FakeSubgraph.resource("supergraphs/" + name + "/api-schema.graphql")));

        assertEquals(describe(apollos), describe(ours));
    }

    @Test
    void keepsInaccessibleElementsForPlanningButHidesThemFromClients() {
        Supergraph supergraph = Supergraph.parse(SHOP_SDL);

        assertTrue(supergraph.type("Product").fields().containsKey("internalCode"));
        assertEquals(null, supergraph.apiSchema().getObjectType("Product").getFieldDefinition("internalCode"));
        assertEquals(List.of("BOOKS", "GAMES"), ((GraphQLEnumType) supergraph.apiSchema().getType("Category"))
                .getValues().stream().map(v -> v.getName()).toList());
        assertEquals(null, supergraph.apiSchema().getType("join__Graph"));
        assertEquals(null, supergraph.apiSchema().getDirective("join__field"));
    }

    @Test
    void refusesAnUnknownSpecForExecution() {
        String sdl = SHOP_SDL.replace("@link(url: \"https://specs.apollo.dev/join/v0.4\", for: EXECUTION)",
                "@link(url: \"https://specs.apollo.dev/join/v0.4\", for: EXECUTION)\n"
                        + "  @link(url: \"https://specs.example.com/magic/v1.0\", for: SECURITY)");

        SupergraphException refusal = assertThrows(SupergraphException.class, () -> Supergraph.parse(sdl));
        assertTrue(refusal.getMessage().contains("https://specs.example.com/magic/v1.0 is for: SECURITY"),
                refusal.getMessage());
    }

    @Test
    void refusesFeaturesItDoesNotImplementYet() {
        String interfaceObject = SHOP_SDL.replace("@join__type(graph: ACCOUNTS, key: \"id\")",
                "@join__type(graph: ACCOUNTS, key: \"id\", isInterfaceObject: true)");
        assertTrue(assertThrows(SupergraphException.class, () -> Supergraph.parse(interfaceObject)).getMessage()
                .contains("@interfaceObject is not supported"));

        String progressive = SHOP_SDL.replace("override: \"reviews\")", "override: \"reviews\", overrideLabel: \"percent(5)\")");
        assertTrue(assertThrows(SupergraphException.class, () -> Supergraph.parse(progressive)).getMessage()
                .contains("progressive @override"));
    }

    @Test
    void refusesWhatIsNotASupergraph() {
        assertTrue(assertThrows(SupergraphException.class, () -> Supergraph.parse("type Query { a: Int"))
                .getMessage().contains("not valid GraphQL SDL"));
        assertTrue(assertThrows(SupergraphException.class, () -> Supergraph.parse("type Query { a: Int }"))
                .getMessage().contains("no schema definition"));
        assertTrue(assertThrows(SupergraphException.class, () -> Supergraph.parse(
                "schema @core(feature: \"https://specs.apollo.dev/core/v0.1\") { query: Query } type Query { a: Int }"))
                .getMessage().contains("Federation 1"));
    }

    /** Types, fields with their types and arguments, enum values and union members, in a comparable form. */
    private static String describe(GraphQLSchema schema) {
        TreeMap<String, String> types = new TreeMap<>();
        for (GraphQLNamedType type : schema.getAllTypesAsList()) {
            if (type.getName().startsWith("__")) {
                continue;
            }
            TreeSet<String> members = new TreeSet<>();
            if (type instanceof GraphQLFieldsContainer container) {
                container.getFieldDefinitions().forEach(f -> members.add(f.getName() + "("
                        + String.join(",", f.getArguments().stream().map(a -> a.getName() + ":"
                        + GraphQLTypeUtil.simplePrint(a.getType())).toList()) + "):" + GraphQLTypeUtil.simplePrint(f.getType())));
                if (type instanceof GraphQLObjectType object) {
                    object.getInterfaces().forEach(i -> members.add("implements " + i.getName()));
                }
            } else if (type instanceof GraphQLEnumType anEnum) {
                anEnum.getValues().forEach(v -> members.add(v.getName()));
            } else if (type instanceof GraphQLUnionType union) {
                union.getTypes().forEach(t -> members.add(t.getName()));
            } else if (type instanceof GraphQLInputObjectType input) {
                input.getFieldDefinitions().forEach(f -> members.add(f.getName() + ":" + GraphQLTypeUtil.simplePrint(f.getType())));
            }
            types.put(type.getName(), members.toString());
        }
        return types.toString().replace("], ", "],\n");
    }
}
