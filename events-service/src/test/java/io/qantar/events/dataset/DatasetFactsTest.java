package io.qantar.events.dataset;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qantar.events.testing.DomainDoc;
import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Questions the article answers, asked of the shipped timeline through GraphQL. */
@QuarkusTest
class DatasetFactsTest {

    private static final String EVENT = """
            query($id: ID!) { event(id: $id) { id title summary type date endDate datePrecision dateNote
              place { name region country latitude longitude }
              participants { actor { id } role note }
              figures { measure value qualifier text attribution reportedBy { id } source { outlet title publishedOn quotedPerson } }
              causes { cause { id date } description certainty }
              consequences { effect { id } }
              sources { outlet title publishedOn author quotedPerson } } }""";

    @Test
    void armeniaBelarusKyrgyzstanRussiaAndTajikistanSentTroops() {
        JsonPath mission = event("csto-peacekeepers-arrive");
        assertThat(actorsIn(mission, "CONTRIBUTOR"),
                containsInAnyOrder("armenia", "belarus", "kyrgyzstan", "russia", "tajikistan"));
        assertEquals("2022-01-06", mission.getString("date"));
    }

    @Test
    void theMissionInitiallyCounts2500TroopsAccordingToStanislavZas() {
        Map<String, Object> troops = figure(event("csto-peacekeepers-arrive"), "troops");
        assertEquals(2500, troops.get("value"));
        assertEquals("EXACT", troops.get("qualifier"));
        assertEquals("2,500", troops.get("text"));
        assertEquals(Map.of("id", "stanislav-zas"), troops.get("reportedBy"));
        assertThat((String) troops.get("attribution"), containsString("Stanislav Zas"));
    }

    @Test
    void theMissionProtectsFacilitiesForDaysToWeeksAsTheAlliancesFirstJointMission() {
        String summary = event("csto-peacekeepers-arrive").getString("summary");
        assertThat(summary, containsString("\"important state and military facilities\" rather than suppress protesters"));
        assertThat(summary, containsString("\"several days to several weeks\""));
        assertThat(summary, containsString("first-ever joint mission"));
    }

    @Test
    void moreThan2000WereArrestedAccordingToTheGovernment() {
        Map<String, Object> arrests = figure(event("casualty-and-arrest-figures"), "arrested");
        assertEquals(2000, arrests.get("value"));
        assertEquals("MORE_THAN", arrests.get("qualifier"));
        assertEquals("more than 2,000", arrests.get("text"));
        assertEquals("according to the government", arrests.get("attribution"));
        assertEquals(Map.of("id", "government-of-kazakhstan"), arrests.get("reportedBy"));
        Map<?, ?> source = (Map<?, ?>) arrests.get("source");
        assertEquals("Axios", source.get("outlet"));
        assertEquals("2022-01-06", source.get("publishedOn"));
    }

    @Test
    void dozensOfProtestersWereKilledWithoutANumber() {
        Map<String, Object> killed = figure(event("casualty-and-arrest-figures"), "protesters killed");
        assertEquals("VAGUE", killed.get("qualifier"));
        assertEquals("dozens", killed.get("text"));
        assertNull(killed.get("value"));
        assertEquals("according to the government", killed.get("attribution"));
    }

    @Test
    void atLeast18SecurityForcesWereKilledAnd748Injured() {
        JsonPath figures = event("casualty-and-arrest-figures");
        Map<String, Object> killed = figure(figures, "security forces killed");
        assertEquals(18, killed.get("value"));
        assertEquals("AT_LEAST", killed.get("qualifier"));
        Map<String, Object> injured = figure(figures, "security forces injured");
        assertEquals(748, injured.get("value"));
        assertEquals("EXACT", injured.get("qualifier"));
        assertEquals(Map.of("id", "government-of-kazakhstan"), injured.get("reportedBy"));
    }

    @Test
    void treninsContextFigureIsAttributedToHim() {
        Map<String, Object> russians = figure(event("csto-peacekeepers-arrive"), "ethnic Russians");
        assertEquals(3_500_000, russians.get("value"));
        assertEquals("3.5 million", russians.get("text"));
        assertEquals("said Dmitri Trenin", russians.get("attribution"));
        assertEquals("Dmitri Trenin", ((Map<?, ?>) russians.get("source")).get("quotedPerson"));
    }

    @Test
    void protestsBeganThisWeekendInWesternKazakhstanAfterTheFuelPriceCapWasLifted() {
        JsonPath protests = event("protests-begin-western-kazakhstan");
        assertEquals("2022-01-02", protests.getString("date"));
        assertThat(protests.getString("dateNote"), containsString("this weekend"));
        assertEquals("western Kazakhstan", protests.getString("place.region"), "the article names no town");
        assertNull(protests.get("place.latitude"));
        assertThat(protests.getString("summary"), containsString("a small-scale protest in a remote area"));
        assertEquals(List.of("fuel-price-cap-lifted"), protests.getList("causes.cause.id"));
        assertEquals("2022-01-01", protests.getString("causes[0].cause.date"));
    }

    @Test
    void theProtestsSpreadToAlmatyAndLedToTheStormingTheAirportTheOutageAndTheLooting() {
        JsonPath spread = event("protests-spread-nationwide");
        assertEquals("Almaty", spread.getString("place.name"));
        assertThat(spread.getList("causes.cause.id"), hasItem("protests-begin-western-kazakhstan"));
        assertThat(spread.getList("consequences.effect.id"), hasItems("government-buildings-stormed",
                "almaty-airport-seized", "communications-outage", "almaty-looting"));
    }

    @Test
    void nazarbayevWasRemovedOnWednesdayPerhapsToAppeaseProtesters() {
        JsonPath removal = event("nazarbayev-removed-from-security-council");
        assertEquals("2022-01-05", removal.getString("date"));
        assertThat(removal.getString("dateNote"), containsString("Wednesday"));
        assertEquals(List.of("nursultan-nazarbayev"), actorsIn(removal, "TARGET"));
        assertEquals(List.of("kassym-jomart-tokayev"), actorsIn(removal, "INITIATOR"));
        assertThat(removal.getString("causes[0].certainty"), containsString("perhaps to appease protesters"));
    }

    @Test
    void theCstoRequestWasAcceptedAndTroopsLeftMoscow() {
        assertEquals(List.of("csto-assistance-requested"), event("csto-mission-approved").getList("causes.cause.id"));
        JsonPath departure = event("russian-troops-depart-moscow");
        assertEquals("Moscow", departure.getString("place.name"));
        assertEquals("RU", departure.getString("place.country"));
        assertEquals(List.of("csto-mission-approved"), departure.getList("causes.cause.id"));
        assertEquals(List.of("russian-defense-ministry"), actorsIn(departure, "REPORTER"));
        assertEquals(List.of("Axios", "Anadolu Agency via Getty Images"), departure.getList("sources.outlet"),
                "the article, and the photograph's credit");
        assertThat(departure.getString("sources[1].author"), containsString("Russian Defense Ministry Press Office"));
        assertThat(event("csto-assistance-requested").getString("summary"), containsString("an unexpected uprising"));
        assertThat(event("csto-peacekeepers-arrive").getList("causes.cause.id"),
                hasItems("csto-mission-approved", "russian-troops-depart-moscow"));
    }

    @Test
    void theBbcsAbdujalilAbdurasulovReportedOvernightGunfireInAlmaty() {
        JsonPath gunfire = event("almaty-overnight-gunfire");
        assertThat(actorsIn(gunfire, "REPORTER"), containsInAnyOrder("abdujalil-abdurasulov", "bbc"));
        assertThat(gunfire.getString("dateNote"), containsString("overnight"));
        List<Map<String, Object>> sources = gunfire.getList("sources");
        assertThat(sources.stream().map(s -> s.get("author")).toList(), hasItem("Abdujalil Abdurasulov"));
    }

    @Test
    void thePandemicBanCurtailedTheProtestsOf2019() {
        JsonPath protests = event("protests-2019");
        assertEquals("YEAR", protests.getString("datePrecision"));
        assertEquals(List.of("pandemic-gathering-ban"), protests.getList("causes.cause.id"));
        assertEquals("MONTH", event("pandemic-gathering-ban").getString("datePrecision"));
    }

    @Test
    void thatTheBanHelpsExplainThePresentHellIsAxiossCommentNotPannierQuoted() {
        JsonPath uprising = event("protests-spread-nationwide");
        int link = uprising.getList("causes.cause.id").indexOf("protests-2019");
        assertThat(uprising.getString("causes[" + link + "].description"), containsString("a little spark led to the present hell"));
        assertThat(uprising.getString("causes[" + link + "].certainty"), containsString("Axios"));
        assertThat(event("pandemic-gathering-ban").getString("summary"),
                containsString("Axios adds that it helps explain why a little spark led to the present hell"));
    }

    @Test
    void theTransitionOf2019SawTheCapitalRenamed() {
        JsonPath renaming = event("capital-renamed-nur-sultan");
        assertEquals(List.of("power-transition-2019"), renaming.getList("causes.cause.id"));
        assertEquals("Nur-Sultan", renaming.getString("place.name"));
        assertEquals(List.of("nursultan-nazarbayev"), actorsIn(event("power-transition-2019"), "INITIATOR"));
    }

    @Test
    void everyEventOfTheDomainDocIsShippedWithItsDateAndTheArticleAsSource() {
        Pattern range = Pattern.compile("(\\d{4}-\\d{2}-\\d{2}) to (\\d{4}-\\d{2}-\\d{2})");
        Pattern single = Pattern.compile("(\\d{4})(?:-(\\d{2}))?(?:-(\\d{2}))? \\((DAY|MONTH|YEAR)\\)");
        List<DomainDoc.EventRow> rows = DomainDoc.events();
        assertEquals(21, rows.size(), "events listed in docs/domain.md");
        for (DomainDoc.EventRow row : rows) {
            JsonPath event = event(row.id());
            assertNotNull(event.get("id"), row.id() + " is not shipped");
            Matcher spans = range.matcher(row.when());
            if (spans.matches()) {
                assertEquals(spans.group(1), event.getString("date"), row.id());
                assertEquals(spans.group(2), event.getString("endDate"), row.id());
            } else {
                Matcher day = single.matcher(row.when());
                assertEquals(true, day.matches(), "unreadable date in docs/domain.md: " + row.when());
                String expected = day.group(1) + "-" + (day.group(2) == null ? "01" : day.group(2)) + "-"
                        + (day.group(3) == null ? "01" : day.group(3));
                assertEquals(expected, event.getString("date"), row.id());
                assertEquals(day.group(4), event.getString("datePrecision"), row.id());
            }
            List<Map<String, Object>> sources = event.getList("sources");
            assertThat(row.id(), sources.stream().map(s -> s.get("title")).toList(),
                    hasItem("Russian troops enter chaos in Kazakhstan"));
            assertThat(row.id(), sources.stream().map(s -> s.get("publishedOn")).toList(), hasItem("2022-01-06"));
        }
    }

    private static JsonPath event(String id) {
        return GraphQL.data(EVENT, Map.of("id", id)).setRootPath("data.event");
    }

    private static List<String> actorsIn(JsonPath event, String role) {
        List<Map<String, Object>> participants = event.getList("participants");
        return participants.stream()
                .filter(p -> role.equals(p.get("role")))
                .map(p -> (String) ((Map<?, ?>) p.get("actor")).get("id"))
                .toList();
    }

    /** The one figure whose measure mentions {@code measure}. */
    private static Map<String, Object> figure(JsonPath event, String measure) {
        List<Map<String, Object>> matching = event.<Map<String, Object>>getList("figures").stream()
                .filter(f -> ((String) f.get("measure")).contains(measure))
                .toList();
        assertEquals(1, matching.size(), () -> "figures measuring " + measure + ": " + matching);
        return matching.get(0);
    }
}
