package io.qantar.common.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuotationsTest {

    private static final String ARTICLE_SOURCE = """
            { "outlet": "Axios", "title": "Russian troops enter chaos in Kazakhstan", "publishedOn": "2022-01-06" }""";
    private static final String OTHER_SOURCE = """
            { "outlet": "BBC", "title": "Kazakhstan unrest", "publishedOn": "2022-01-06" }""";
    private static final String ARTICLE = """
            After denouncing the demonstrators as \u201Ca bunch of international
              terrorists\u201D, Tokayev now seems determined. Kazakhstan\u2019s largest city.""";

    @Test
    void findsDoubleAndSingleQuotationsStraightOrCurlyButNotApostrophes() {
        assertEquals(List.of("a bunch", "today", "old man, go away"),
                Quotations.passages("He said \"a bunch\" on 'today', Nazarbayev's \u2018old man, go away\u2019."));
        assertEquals(List.of("held"), Quotations.passages("the protesters' chant and Zas's 'held' in the '90s"));
        assertEquals(List.of("left open"), Quotations.passages("a mark \"left open"));
    }

    @Test
    void comparesAfterFoldingWhiteSpaceAndQuotationMarksOnly() {
        assertEquals(List.of(), misquotations("""
                [{ "id": "r", "quote": "a bunch of  international terrorists",
                   "summary": "denounced as \\"a bunch of international terrorists\\"; 'Kazakhstan's largest city'",
                   "source": %s }]""".formatted(ARTICLE_SOURCE)));
        assertEquals(List.of("sample[0] (r).quote: \"a bunch of International terrorists\" is not in the article"),
                misquotations("""
                        [{ "id": "r", "quote": "a bunch of International terrorists", "source": %s }]"""
                        .formatted(ARTICLE_SOURCE)));
    }

    @Test
    void flagsAQuotationTheArticleDoesNotContainInAnyTextOfARecord() {
        List<String> findings = misquotations("""
                [{ "id": "a", "description": "called them \\"foreign-trained terrorists\\"",
                   "offices": [{ "title": "Minister", "note": "the \\u201Ccounterpart\\u201D" }],
                   "sources": [%s] }]""".formatted(ARTICLE_SOURCE));

        assertEquals(List.of(
                "sample[0] (a).description: \"foreign-trained terrorists\" is not in the article",
                "sample[0] (a).offices[0].note: \"counterpart\" is not in the article"), findings);
    }

    @Test
    void leavesRecordsThatCiteAnotherSourceAndChecksNestedRecordsForThemselves() {
        List<String> findings = misquotations("""
                [{ "id": "e", "summary": "\\"Tokayev now seems determined\\"", "sources": [%s],
                   "figures": [
                     { "text": "\\"not in the article\\"", "source": %s },
                     { "text": "\\"nor this\\"", "source": %s } ] },
                 { "id": "o", "quote": "words of another outlet", "source": %s }]"""
                .formatted(ARTICLE_SOURCE, OTHER_SOURCE, ARTICLE_SOURCE, OTHER_SOURCE));

        assertEquals(List.of("sample[0] (e).figures[1].text: \"nor this\" is not in the article"), findings);
    }

    @Test
    void theArticleInSharedSeedRefusesAMadeUpQuote() {
        String article = SourceArticle.text();
        List<JsonNode> made = records("""
                [{ "id": "r", "quote": "old man, go away", "summary": "chanted \\"old man, go home\\"", "source": %s }]"""
                .formatted(ARTICLE_SOURCE));

        assertTrue(article.contains("Russian troops enter chaos in Kazakhstan"), SourceArticle.file().toString());
        assertEquals(List.of("sample[0] (r).summary: \"old man, go home\" is not in the article"),
                Quotations.misquotations("sample", made, article));
    }

    private static List<String> misquotations(String json) {
        return Quotations.misquotations("sample", records(json), ARTICLE);
    }

    private static List<JsonNode> records(String json) {
        try {
            List<JsonNode> records = new ArrayList<>();
            new ObjectMapper().readTree(json).forEach(records::add);
            return records;
        } catch (JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }
}
