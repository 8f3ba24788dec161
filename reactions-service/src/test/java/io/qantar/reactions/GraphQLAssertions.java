package io.qantar.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.restassured.path.json.JsonPath;

/** What a client of the graph is promised about errors. */
public final class GraphQLAssertions {

    private GraphQLAssertions() {
    }

    /** The response holds exactly one error, with this code and detail extension, and no internals in its message. */
    public static void assertError(JsonPath response, String code, String detail, String value) {
        assertEquals(1, response.getList("errors").size(), () -> "one error expected: " + response.prettify());
        assertEquals(code, response.getString("errors[0].extensions.code"), response::prettify);
        assertEquals(value, response.getString("errors[0].extensions." + detail), response::prettify);
        assertNotEquals("System error", response.getString("errors[0].message"));
        assertFalse(response.getString("errors[0].message").contains("Exception"), response::prettify);
    }
}
