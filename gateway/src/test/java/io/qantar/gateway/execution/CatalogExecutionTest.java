package io.qantar.gateway.execution;

import io.qantar.gateway.testing.CatalogSubgraphs;
import io.qantar.gateway.testing.Json;
import io.qantar.gateway.testing.RecordedRequest;
import io.qantar.gateway.testing.TestGateway;
import io.vertx.core.Vertx;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Interfaces, unions, nested lists and a composite key, on the catalog supergraph. */
class CatalogExecutionTest {

    private static Vertx vertx;
    private static CatalogSubgraphs catalog;
    private static TestGateway gateway;

    @BeforeAll
    static void start() {
        vertx = Vertx.vertx();
        catalog = new CatalogSubgraphs(vertx);
        gateway = TestGateway.start(vertx, CatalogSubgraphs.SUPERGRAPH, catalog.all());
    }

    @AfterAll
    static void stop() {
        gateway.close();
        catalog.close();
        vertx.close();
    }

    @BeforeEach
    void clear() {
        catalog.clearRequests();
    }

    @Test
    void answersAnInterfaceListWithOneEntityFetchForAllItsTypes() {
        ExecutionResult result = gateway.execute("""
                { media { __typename title ... on Book { pages rating } ... on Movie { rating minutes } } }""");

        assertEquals(List.of(), result.errors());
        assertEquals(Json.normalize("""
                {'media': [
                  {'__typename': 'Book', 'title': 'Book of Words', 'pages': 120, 'rating': 1.2},
                  {'__typename': 'Book', 'title': 'War and Peace', 'pages': 1225, 'rating': 12.25},
                  {'__typename': 'Book', 'title': 'Anna Karenina', 'pages': 864, 'rating': 8.64},
                  {'__typename': 'Movie', 'title': 'The Nomad', 'rating': 7.5, 'minutes': 112},
                  {'__typename': 'Movie', 'title': 'Kelin', 'rating': 7.5, 'minutes': 85}]}"""),
                Json.write(result.data()));
        assertEquals(1, catalog.ratings.requests().size());
        assertEquals(5, catalog.ratings.requests().get(0).representations().size());
    }

    @Test
    void answersAUnionWithFragmentsPerMember() {
        ExecutionResult result = gateway.execute("""
                { search(text: "any") { __typename
                    ... on Book { title } ... on Movie { title rating } ... on Author { name awards } } }""");

        assertEquals(List.of(), result.errors());
        assertEquals(Json.normalize("""
                {'search': [
                  {'__typename': 'Book', 'title': 'Book of Words'},
                  {'__typename': 'Movie', 'title': 'The Nomad', 'rating': 7.5},
                  {'__typename': 'Author', 'name': 'Abai', 'awards': ['Abai prize (KZ)']}]}"""),
                Json.write(result.data()));
        assertEquals(1, catalog.ratings.requests().size());
    }

    @Test
    void walksNestedLists() {
        ExecutionResult result = gateway.execute("{ shelves { id rating } }");

        assertEquals(Json.object("""
                {'shelves': [[{'id': 'b1', 'rating': 1.2}, {'id': 'b2', 'rating': 12.25}],
                             [{'id': 'b3', 'rating': 8.64}]]}"""), result.data());
        assertEquals(3, catalog.ratings.requests().get(0).representations().size());
    }

    @Test
    void sendsACompositeKeyWithItsNestedObject() {
        ExecutionResult result = gateway.execute("""
                { author(name: "Abai", countryCode: "KZ") { born awards country { name } } }""");

        assertEquals(Json.object("""
                {'author': {'born': 1845, 'awards': ['Abai prize (KZ)'], 'country': {'name': 'Kazakhstan'}}}"""),
                result.data());
        assertEquals(List.of(Map.of("__typename", "Author", "name", "Abai", "country", Map.of("code", "KZ"))),
                catalog.ratings.requests().get(0).representations());
    }

    @Test
    void goesBackToTheFirstSubgraphForEntitiesTheSecondReturns() {
        ExecutionResult result = gateway.execute("{ media { ... on Book { id similar { title } } } }");

        Map<?, ?> first = (Map<?, ?>) ((List<?>) result.data().get("media")).get(0);
        assertEquals(Json.object("{'id': 'b1', 'similar': [{'title': 'War and Peace'}, {'title': 'Anna Karenina'}]}"),
                first);
        RecordedRequest back = catalog.catalog.entityFetches().get(0);
        assertEquals(3, back.representations().size(), "similar books of all books, deduplicated");
    }
}
