package io.qantar.gateway.graphqljs;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** graphql-js's suggestions, as its own tests and messages show them. */
class SuggestionsTest {

    @Test
    void suggestsCloseNamesClosestFirst() {
        assertEquals(List.of("minPages", "range"), Suggestions.close("pages", List.of("genres", "minPages", "title", "range")));
        assertEquals(List.of("POETRY"), Suggestions.close("poetry", List.of("FICTION", "HISTORY", "POETRY")),
                "a change of case is one edit");
        assertEquals(List.of("abc", "acb"), Suggestions.close("abc", List.of("acb", "abc")), "an exact match first");
        assertEquals(List.of(), Suggestions.close("SIDEWAYS", List.of("DATE_ASC", "DATE_DESC")));
        assertEquals(List.of("item2", "item10"), Suggestions.close("item1", List.of("item10", "item2")),
                "ties in natural order");
    }

    @Test
    void offersThemInASentence() {
        assertEquals("", Suggestions.didYouMean(List.of()));
        assertEquals(" Did you mean \"a\"?", Suggestions.didYouMean(List.of("a")));
        assertEquals(" Did you mean the enum value \"a\" or \"b\"?", Suggestions.didYouMean("the enum value", List.of("a", "b")));
        assertEquals(" Did you mean \"a\", \"b\", \"c\", \"d\", or \"e\"?",
                Suggestions.didYouMean(List.of("a", "b", "c", "d", "e", "f")), "five at most");
    }
}
