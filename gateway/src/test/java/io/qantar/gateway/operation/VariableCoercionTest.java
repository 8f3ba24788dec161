package io.qantar.gateway.operation;

import io.qantar.gateway.error.GraphQLError;
import io.qantar.gateway.supergraph.Supergraph;
import io.qantar.gateway.testing.FakeSubgraph;
import io.qantar.gateway.testing.Json;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * Variables are coerced as Apollo's gateway coerces them (graphql-js's {@code getVariableValues}): every problem is
 * reported, each as a BAD_USER_INPUT error at its variable's definition. The expected messages are graphql-js 16's
 * for the same variables on the same API schema.
 */
class VariableCoercionTest {

    private static final Supergraph LIBRARY = Supergraph.parse(FakeSubgraph.resource("supergraphs/library/supergraph.graphql"));
    private static final DocumentParser PARSER = new DocumentParser(LIBRARY.apiSchema(), new OperationLimits(10, 10), 10);
    private static final String BOOKS = "query Q($first: Int, $filter: BookFilter, $ratio: Float, $ids: [ID], "
            + "$since: Date, $text: String!, $kinds: [Kind!]) { books(first: $first, filter: $filter, ratio: $ratio, "
            + "ids: $ids, since: $since) { id } search(text: $text, kinds: $kinds) { __typename } }";

    @Test
    void reportsEveryVariableThatFailsInGraphQLJsWords() {
        List<GraphQLError> errors = errors(BOOKS, """
                {"first": "abc", "filter": {"genres": ["FICTON", 3], "minPages": 1.5, "pages": 3,
                 "range": {"from": 3000000000}}, "ratio": "1.5", "ids": [1.5, true, 7], "since": {"a": [1]},
                 "text": null, "kinds": [null, "BOOK"]}""");

        assertEquals(List.of(
                "Variable \"$first\" got invalid value \"abc\"; Int cannot represent non-integer value: \"abc\"",
                "Variable \"$filter\" got invalid value \"FICTON\" at \"filter.genres[0]\"; Value \"FICTON\" does not "
                        + "exist in \"Genre\" enum. Did you mean the enum value \"FICTION\"?",
                "Variable \"$filter\" got invalid value 3 at \"filter.genres[1]\"; Enum \"Genre\" cannot represent "
                        + "non-string value: 3.",
                "Variable \"$filter\" got invalid value 1.5 at \"filter.minPages\"; Int cannot represent non-integer "
                        + "value: 1.5",
                "Variable \"$filter\" got invalid value 3000000000 at \"filter.range.from\"; Int cannot represent non "
                        + "32-bit signed integer value: 3000000000",
                "Variable \"$filter\" got invalid value { genres: [\"FICTON\", 3], minPages: 1.5, pages: 3, range: "
                        + "{ from: 3000000000 } }; Field \"pages\" is not defined by type \"BookFilter\". Did you mean "
                        + "\"minPages\" or \"range\"?",
                "Variable \"$ratio\" got invalid value \"1.5\"; Float cannot represent non numeric value: \"1.5\"",
                "Variable \"$ids\" got invalid value 1.5 at \"ids[0]\"; ID cannot represent value: 1.5",
                "Variable \"$ids\" got invalid value true at \"ids[1]\"; ID cannot represent value: true",
                "Variable \"$text\" of non-null type \"String!\" must not be null.",
                "Variable \"$kinds\" got invalid value null at \"kinds[0]\"; Expected non-nullable type \"Kind!\" not "
                        + "to be null."), errors.stream().map(GraphQLError::message).toList());
        assertEquals(List.of(9, 22, 22, 22, 22, 22, 43, 58, 58, 84, 100),
                errors.stream().map(e -> e.locations().get(0).get("column")).toList(),
                "each error is located at its variable's definition");
        errors.forEach(e -> {
            assertEquals("BAD_USER_INPUT", e.code());
            assertEquals(null, e.path());
        });
    }

    @Test
    void reportsMissingVariablesAndValuesOfTheWrongShape() {
        assertEquals(List.of(
                "Variable \"$filter\" got invalid value \"FICTION\"; Expected type \"BookFilter\" to be an object.",
                "Variable \"$text\" of required type \"String!\" was not provided."),
                messages(BOOKS, "{\"first\": 3.0, \"filter\": \"FICTION\", \"ratio\": 2, \"ids\": 12, \"kinds\": \"ZINE\"}"));
        assertEquals(List.of(
                "Variable \"$first\" got invalid value 1e+21; Int cannot represent non 32-bit signed integer value: 1e+21",
                "Variable \"$filter\" got invalid value \"poetry\" at \"filter.genres\"; Value \"poetry\" does not "
                        + "exist in \"Genre\" enum. Did you mean the enum value \"POETRY\"?",
                "Variable \"$filter\" got invalid value { x: { y: [Object] } } at \"filter.title\"; String cannot "
                        + "represent a non string value: { x: { y: [Object] } }",
                "Variable \"$kinds\" got invalid value 1 at \"kinds[0]\"; Enum \"Kind\" cannot represent non-string "
                        + "value: 1."),
                messages(BOOKS, """
                        {"text": "x", "first": 1e21, "filter": {"genres": "poetry",
                         "title": {"x": {"y": {"z": [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]}}}}, "kinds": [1]}"""));
        assertEquals(List.of(
                "Variable \"$input\" got invalid value { days: null }; Field \"bookId\" of required type \"ID!\" was "
                        + "not provided.",
                "Variable \"$input\" got invalid value null at \"input.days\"; Expected non-nullable type \"Int!\" not "
                        + "to be null."),
                messages("mutation M($input: LendInput!) { lend(input: $input) { until } }", "{\"input\": {\"days\": null}}"));
    }

    @Test
    void acceptsWhatGraphQLJsAcceptsAndAppliesDefaults() {
        String lend = "mutation M($input: LendInput! = {bookId: \"x\"}) { lend(input: $input) { until } }";
        Map<String, Object> defaults = coerce(lend, "{}");
        assertEquals(Json.normalize("{'bookId': 'x', 'days': 14, 'note': null}"), Json.write(defaults.get("input")),
                "the variable's default, with the input fields' own defaults");

        Map<String, Object> coerced = coerce(BOOKS, """
                {"text": "x", "first": 3.0, "ratio": 2, "ids": 12, "kinds": "ZINE", "since": {"any": ["thing"]}}""");
        assertEquals(3, coerced.get("first"), "3.0 is an integer to JavaScript");
        assertEquals(List.of("12"), coerced.get("ids"), "an integer is an ID, and one item is a list of one");
        assertEquals(List.of("ZINE"), coerced.get("kinds"));
        assertEquals(Map.of("any", List.of("thing")), coerced.get("since"), "a custom scalar takes any value");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> coerce(String query, String variables) {
        ValidatedDocument document = PARSER.parse(query);
        return VariableCoercion.coerce(LIBRARY.apiSchema(), document.operation(null),
                (Map<String, Object>) Json.read(variables));
    }

    private static List<String> messages(String query, String variables) {
        return errors(query, variables).stream().map(GraphQLError::message).toList();
    }

    private static List<GraphQLError> errors(String query, String variables) {
        return assertThrows(RequestException.class, () -> coerce(query, variables)).errors();
    }
}
