package io.qantar.reactions.dataset;

import static io.qantar.reactions.GraphQLClient.execute;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Questions a reader of the Axios article of Thursday 6 January 2022 can answer through the graph. */
@QuarkusTest
class ArticleDatasetTest {

    private static final String REACTION_FIELDS = """
            id date kind stance summary quote actor { id } event { id }
            source { outlet title publishedOn author quotedPerson } reportedThrough reportedThroughActor { id }""";

    /** The article's events that reactions point to, from docs/domain.md. */
    private static final List<String> ARTICLE_EVENTS = List.of(
            "protests-spread-nationwide", "nazarbayev-removed-from-security-council", "csto-peacekeepers-arrive",
            "csto-assistance-requested", "csto-mission-approved", "tokayev-denounces-protesters", "power-transition-2019",
            "pandemic-gathering-ban", "almaty-overnight-gunfire");

    @Test
    void tokayevCalledTheDemonstratorsInternationalTerrorists() {
        Map<String, Object> reaction = reactionQuoting("protests-spread-nationwide", "a bunch of international terrorists");

        assertEquals("kassym-jomart-tokayev", id(reaction.get("actor")));
        assertEquals("OPPOSED", reaction.get("stance"));
        assertEquals("Kassym-Jomart Tokayev", ((Map<?, ?>) reaction.get("source")).get("quotedPerson"));
    }

    @Test
    void protestersChantedOldManGoAwayAroundNazarbayevsRemovalOnWednesday() {
        Map<String, Object> reaction = reactionQuoting("nazarbayev-removed-from-security-council", "old man, go away");

        assertEquals("kazakh-protesters", id(reaction.get("actor")));
        assertEquals("2022-01-05", reaction.get("date"), "Wednesday before the article of Thursday 6 January");
    }

    @Test
    void russiaSentParatroopers() {
        JsonPath actions = execute("{ reactions(filter: {eventId: \"csto-assistance-requested\", kinds: [ACTION]}) { edges { node { "
                + REACTION_FIELDS + " } } } }");

        assertEquals(List.of("russia"), actions.getList("data.reactions.edges.node.actor.id"));
        assertEquals("SUPPORTIVE", actions.getString("data.reactions.edges[0].node.stance"));
        assertTrue(actions.getString("data.reactions.edges[0].node.summary").contains("paratroopers"));
        assertEquals("2022-01-06", actions.getString("data.reactions.edges[0].node.date"), "arrived Thursday");
    }

    @Test
    void zasSaidTheMissionCouldLastSeveralDaysToSeveralWeeks() {
        Map<String, Object> reaction = reactionQuoting("csto-peacekeepers-arrive", "several days to several weeks");

        assertEquals("stanislav-zas", id(reaction.get("actor")));
        assertEquals("Stanislav Zas", ((Map<?, ?>) reaction.get("source")).get("quotedPerson"));
        assertTrue(((String) reaction.get("summary")).contains("2,500 troops"), "initially 2,500 troops");
        assertEquals("2022-01-06", reaction.get("date"), "'tonight' in the article of 6 January");
    }

    @Test
    void theCstoSaidItsSoldiersWouldProtectFacilitiesNotSuppressProtesters() {
        Map<String, Object> reaction = reactionQuoting("csto-peacekeepers-arrive", "important state and military facilities");

        assertEquals("csto", id(reaction.get("actor")));
        assertTrue(((String) reaction.get("summary")).contains("rather than suppress protesters"));
    }

    @Test
    void observersWereShockedByHowQuicklyTheRequestWasAccepted() {
        List<Map<String, Object>> reactions = reactionsTo("csto-mission-approved");

        assertEquals(1, reactions.size());
        assertEquals("international-observers", id(reactions.get(0).get("actor")));
        assertEquals("CONCERNED", reactions.get(0).get("stance"));
        assertTrue(((String) reactions.get(0).get("summary")).contains("so quickly"));
    }

    @Test
    void chinaAndTheUnitedStatesStayedNeutral() {
        List<Map<String, Object>> reactions = reactionsTo("protests-spread-nationwide");

        Map<String, Object> china = byActor(reactions, "china");
        Map<String, Object> us = byActor(reactions, "united-states");
        Map<String, Object> blinken = byActor(reactions, "antony-blinken");
        assertEquals("NEUTRAL", china.get("stance"));
        assertTrue(((String) china.get("summary")).contains("relatively calm"));
        assertEquals("NEUTRAL", us.get("stance"));
        assertTrue(((String) us.get("summary")).contains("without publicly putting pressure"));
        assertEquals("NEUTRAL", blinken.get("stance"));
        assertEquals("2022-01-06", blinken.get("date"), "'today' in the article of 6 January");
        assertTrue(((String) blinken.get("summary")).contains("Kazakh counterpart"));

        Map<String, Object> stateMedia = byActor(reactionsTo("tokayev-denounces-protesters"), "chinese-state-media");
        assertEquals("MEDIA_COVERAGE", stateMedia.get("kind"));
        assertTrue(((String) stateMedia.get("summary")).contains("foreign support"));
    }

    @Test
    void treninSaysPutinNeedsALoyalGovernmentInANeighbourHomeToEthnicRussians() {
        Map<String, Object> trenin = byActor(reactionsTo("csto-peacekeepers-arrive"), "dmitri-trenin");

        assertEquals("ANALYSIS", trenin.get("kind"));
        assertTrue(((String) trenin.get("summary")).contains("3.5 million ethnic Russians"));
        assertTrue(((String) trenin.get("summary")).contains("vital importance"));
        assertEquals("carnegie-moscow-center", id(trenin.get("reportedThroughActor")));
        assertTrue(((String) trenin.get("reportedThrough")).contains("Carnegie Moscow Center"));
    }

    @Test
    void pannierSaysHopesWereDashedAndThePandemicGaveAPretext() {
        Map<String, Object> dashed = byActor(reactionsTo("power-transition-2019"), "bruce-pannier");
        Map<String, Object> pretext = byActor(reactionsTo("pandemic-gathering-ban"), "bruce-pannier");

        for (Map<String, Object> analysis : List.of(dashed, pretext)) {
            assertEquals("ANALYSIS", analysis.get("kind"));
            assertEquals("CRITICAL", analysis.get("stance"));
            assertEquals("rferl", id(analysis.get("reportedThroughActor")));
        }
        assertTrue(((String) dashed.get("summary")).contains("kleptocratic system"));
        assertTrue(((String) dashed.get("summary")).contains("\"head of the nation\""));
        assertTrue(((String) pretext.get("summary")).contains("pretext to ban public gatherings"));
        assertTrue(((String) pretext.get("summary")).contains("a little spark led to the present hell"));
    }

    @Test
    void theBbcsAbdurasulovReportedGunshotsOvernightInAlmaty() {
        Map<String, Object> report = byActor(reactionsTo("almaty-overnight-gunfire"), "bbc");

        assertEquals("MEDIA_COVERAGE", report.get("kind"));
        // The source is the Axios article, which he did not write: he is who the report came through.
        assertNull(((Map<?, ?>) report.get("source")).get("author"));
        assertTrue(((String) report.get("reportedThrough")).startsWith("Abdujalil Abdurasulov, BBC"));
        assertEquals("abdujalil-abdurasulov", id(report.get("reportedThroughActor")));
    }

    @Test
    void everyReactionCitesTheAxiosArticleAndOnlyTheArticlesQuotesAreQuotes() {
        Set<String> quotes = new HashSet<>();
        for (String event : ARTICLE_EVENTS) {
            for (Map<String, Object> reaction : reactionsTo(event)) {
                Map<?, ?> source = (Map<?, ?>) reaction.get("source");
                assertEquals("Axios", source.get("outlet"), reaction.get("id").toString());
                assertEquals("Russian troops enter chaos in Kazakhstan", source.get("title"));
                assertEquals("2022-01-06", source.get("publishedOn"));
                assertTrue(reaction.get("reportedThrough") != null, "attributed: " + reaction.get("id"));
                if (reaction.get("quote") != null) {
                    quotes.add((String) reaction.get("quote"));
                }
            }
        }
        assertEquals(Set.of("a bunch of international terrorists", "old man, go away", "several days to several weeks",
                "important state and military facilities"), quotes);
    }

    private static Map<String, Object> reactionQuoting(String event, String quote) {
        return reactionsTo(event).stream()
                .filter(reaction -> quote.equals(reaction.get("quote")))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reaction to " + event + " quotes \"" + quote + "\""));
    }

    private static List<Map<String, Object>> reactionsTo(String event) {
        JsonPath response = execute("query($r: [_Any!]!) { _entities(representations: $r) { ... on Event { reactions { "
                + REACTION_FIELDS + " } } } }", Map.of("r", List.of(Map.of("__typename", "Event", "id", event))));
        assertNull(response.get("errors"));
        return response.getList("data._entities[0].reactions");
    }

    private static Map<String, Object> byActor(List<Map<String, Object>> reactions, String actor) {
        return reactions.stream()
                .filter(reaction -> actor.equals(id(reaction.get("actor"))))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no reaction by " + actor));
    }

    private static String id(Object reference) {
        return reference == null ? null : (String) ((Map<?, ?>) reference).get("id");
    }
}
