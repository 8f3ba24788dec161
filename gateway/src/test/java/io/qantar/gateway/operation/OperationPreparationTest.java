package io.qantar.gateway.operation;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.ShopSubgraphs;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Parsing, validation, operation selection, variables and limits, before any planning. */
class OperationPreparationTest {

    private static final Supergraph SHOP = Supergraph.parse(FakeSubgraph.resource(ShopSubgraphs.SUPERGRAPH));
    private final DocumentParser parser = new DocumentParser(SHOP.apiSchema(), new OperationLimits(4, 2), 10);

    @Test
    void parsesAndValidatesEachDocumentOnce() {
        String query = "{ topProduct { name } }";

        assertSame(parser.parse(query), parser.parse(query));
    }

    @Test
    void reportsSyntaxErrorsWithTheirLocation() {
        GraphQLError error = only(() -> parser.parse("{ topProduct { name }"));

        assertEquals("GRAPHQL_PARSE_FAILED", error.code());
        assertEquals(1, error.locations().size());
    }

    @Test
    void refusesADocumentOverTheByteLimitBeforeParsing() {
        DocumentParser small = new DocumentParser(SHOP.apiSchema(), new OperationLimits(4, 2).withBytesAndTokens(40, 5000), 10);

        GraphQLError error = only(() -> small.parse("{ topProduct { name } }" + " ".repeat(40)));

        assertEquals("DOCUMENT_TOO_LARGE", error.code());
    }

    @Test
    void refusesADocumentOverTheTokenLimit() {
        DocumentParser few = new DocumentParser(SHOP.apiSchema(), new OperationLimits(4, 2).withBytesAndTokens(32768, 20), 10);
        String repeated = "{ topProduct { " + "name ".repeat(50) + "} }";

        assertEquals("MAX_TOKENS_LIMIT", only(() -> few.parse(repeated)).code());
        assertEquals(1, few.parse("{ topProduct { name } }").operations().size(), "a document within the limit still parses");
    }

    @Test
    void validatesAgainstTheApiSchema() {
        GraphQLError error = only(() -> parser.parse("{ topProduct { internalCode } }"));

        assertEquals("GRAPHQL_VALIDATION_FAILED", error.code());
        assertTrue(error.message().contains("internalCode"), error.message());
    }

    @Test
    void refusesDeferWhichTheApiSchemaDoesNotHave() {
        GraphQLError error = only(() -> parser.parse("{ topProduct { ... @defer { name } } }"));

        assertEquals("GRAPHQL_VALIDATION_FAILED", error.code());
        assertEquals("Unknown directive \"@defer\".", error.message());
    }

    @Test
    void selectsTheOperationByName() {
        ValidatedDocument document = parser.parse("query A { me { id } } query B { users { id } }");

        assertEquals("B", document.operation("B").getName());
        assertEquals("OPERATION_RESOLUTION_FAILURE", only(() -> document.operation(null)).code());
        assertEquals("Unknown operation named \"C\".", only(() -> document.operation("C")).message());
    }

    @Test
    void coercesVariablesWithDefaults() {
        ValidatedDocument document = parser.parse("query($first: Int = 7, $upc: String!) { products(first: $first) { name } product(upc: $upc) { name } }");

        Map<String, Object> coerced = VariableCoercion.coerce(SHOP.apiSchema(), document.operation(null), Map.of("upc", "p1"));
        assertEquals(Map.of("first", 7, "upc", "p1"), coerced);
        GraphQLError missing = only(() -> VariableCoercion.coerce(SHOP.apiSchema(), document.operation(null), Map.of()));
        assertEquals("BAD_USER_INPUT", missing.code());
        GraphQLError wrongType = only(() -> VariableCoercion.coerce(SHOP.apiSchema(), document.operation(null),
                Map.of("upc", "p1", "first", "many")));
        assertEquals("BAD_USER_INPUT", wrongType.code());
    }

    @Test
    void refusesOperationsBeyondTheLimits() {
        assertEquals("MAX_DEPTH_LIMIT",
                only(() -> parser.parse("{ latestReviews { product { reviews { author { name } } } } }")).code());
        assertEquals("MAX_DEPTH_LIMIT", only(() -> parser.parse("""
                { latestReviews { ...R } } fragment R on Review { product { reviews { author { name } } } }""")).code());
        assertEquals("MAX_ALIASES_LIMIT", only(() -> parser.parse("{ a: me { id } b: me { id } c: me { id } }")).code());
    }

    @Test
    void normalisesFragmentsAliasesAndConditions() {
        ValidatedDocument document = parser.parse("""
                query($skip: Boolean!) { me { ...U name @skip(if: $skip) n: name } }
                fragment U on User { id ... on User { username } }""");
        Normalizer normalizer = new Normalizer(SHOP.apiSchema());

        NormalizedOperation shown = normalizer.normalize(document, document.operation(null), Map.of("skip", false));
        NormalizedOperation skipped = normalizer.normalize(document, document.operation(null), Map.of("skip", true));

        assertEquals(List.of("id", "username", "name", "n"), keys(shown));
        assertEquals(List.of("id", "username", "n"), keys(skipped));
    }

    private static List<String> keys(NormalizedOperation operation) {
        return operation.rootFields().get(0).selection().fields("User").stream().map(SelectedField::responseKey).toList();
    }

    private static GraphQLError only(Runnable action) {
        RequestException failure = assertThrows(RequestException.class, action::run);
        assertEquals(1, failure.errors().size(), failure.errors().toString());
        return failure.errors().get(0);
    }
}
