package io.qantar.actors.dataset;

import static io.qantar.actors.GraphQLRequests.graphql;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasEntry;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Questions a reader of the Axios article of 6 January 2022 can ask, answered from the shipped actors. */
@QuarkusTest
class ArticleFactsTest {

    /** The actors of the article and their kinds, as docs/domain.md lists them. */
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("kazakhstan", "STATE"), Map.entry("kassym-jomart-tokayev", "PERSON"),
            Map.entry("nursultan-nazarbayev", "PERSON"), Map.entry("government-of-kazakhstan", "ORGANISATION"),
            Map.entry("security-council-of-kazakhstan", "ORGANISATION"), Map.entry("kazakh-protesters", "GROUP"),
            Map.entry("kazakh-security-forces", "GROUP"), Map.entry("criminal-gangs-almaty", "GROUP"),
            Map.entry("russia", "STATE"), Map.entry("vladimir-putin", "PERSON"),
            Map.entry("russian-armed-forces", "ORGANISATION"), Map.entry("russian-defense-ministry", "ORGANISATION"),
            Map.entry("csto", "ORGANISATION"), Map.entry("stanislav-zas", "PERSON"), Map.entry("armenia", "STATE"),
            Map.entry("belarus", "STATE"), Map.entry("kyrgyzstan", "STATE"), Map.entry("tajikistan", "STATE"),
            Map.entry("china", "STATE"), Map.entry("chinese-state-media", "ORGANISATION"),
            Map.entry("united-states", "STATE"), Map.entry("antony-blinken", "PERSON"),
            Map.entry("bruce-pannier", "PERSON"),
            Map.entry("rferl", "ORGANISATION"), Map.entry("dmitri-trenin", "PERSON"),
            Map.entry("carnegie-moscow-center", "ORGANISATION"), Map.entry("abdujalil-abdurasulov", "PERSON"),
            Map.entry("bbc", "ORGANISATION"), Map.entry("axios", "ORGANISATION"),
            Map.entry("international-observers", "GROUP"));

    private static final String ENTITIES = """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) {
                ... on Actor { id kind name description sources { outlet title publishedOn quotedPerson } }
              }
            }""";

    @Test
    void everyActorOfTheArticleIsThereWithItsKindAndCitesTheArticle() {
        List<String> ids = List.copyOf(KINDS.keySet());
        JsonPath answer = graphql(ENTITIES, "representations",
                ids.stream().map(id -> Map.of("__typename", "Actor", "id", id)).toList())
                .body("errors", nullValue())
                .extract().jsonPath();

        for (int i = 0; i < ids.size(); i++) {
            String at = "data._entities[" + i + "]";
            assertEquals(ids.get(i), answer.getString(at + ".id"), "actor " + ids.get(i) + " is missing");
            assertEquals(KINDS.get(ids.get(i)), answer.getString(at + ".kind"), "kind of " + ids.get(i));
            List<Map<String, Object>> sources = answer.getList(at + ".sources");
            assertThat("sources of " + ids.get(i), sources, hasItem(allOf(
                    hasEntry("outlet", (Object) "Axios"),
                    hasEntry("title", (Object) "Russian troops enter chaos in Kazakhstan"),
                    hasEntry("publishedOn", (Object) "2022-01-06"))));
        }
    }

    @Test
    void theCstoHasSixMemberStatesAndFiveOfThemSentTroops() {
        JsonPath members = graphql("""
                query { actor(id: "csto") { members { member { id kind } contributedTroops } } }""")
                .body("data.actor.members.member.kind", everyItem(equalTo("STATE")))
                .extract().jsonPath();

        assertThat(members.getList("data.actor.members.member.id"),
                containsInAnyOrder("armenia", "belarus", "kazakhstan", "kyrgyzstan", "russia", "tajikistan"));
        assertThat(
                members.getList("data.actor.members.findAll { it.contributedTroops }.member.id"),
                containsInAnyOrder("armenia", "belarus", "kyrgyzstan", "russia", "tajikistan"));
    }

    @Test
    void theCstoIsRussianLedAndFoundUnderTheSourcesMisspelling() {
        graphql("query { searchActors(text: \"ctsc\") { edges { node { id description } } } }")
                .body("data.searchActors.edges.node.id", contains("csto"))
                .body("data.searchActors.edges[0].node.description", containsString("Russian-led"));
        graphql("query { actor(id: \"csto\") { aliases } }")
                .body("data.actor.aliases", hasItems("CSTO", "ODKB", "CTSC"));
    }

    @Test
    void theSecurityCouncilChairPassedFromNazarbayevToTokayevOnFiveJanuary() {
        graphql("""
                query { actor(id: "nursultan-nazarbayev") {
                  aliases
                  offices { title organisation { id } endedOn current }
                } }""")
                .body("data.actor.aliases", hasItems("Elbasy", "Leader of the Nation"))
                .body("data.actor.offices.find { it.organisation.id == 'security-council-of-kazakhstan' }.endedOn",
                        equalTo("2022-01-05"))
                .body("data.actor.offices.find { it.organisation.id == 'security-council-of-kazakhstan' }.current",
                        equalTo(false))
                .body("data.actor.offices.find { it.title == 'President of Kazakhstan' }.current", equalTo(false));
        graphql("""
                query { actor(id: "kassym-jomart-tokayev") { offices { title organisation { id } startedOn current } } }""")
                .body("data.actor.offices.find { it.organisation.id == 'security-council-of-kazakhstan' }.startedOn",
                        equalTo("2022-01-05"))
                .body("data.actor.offices.find { it.organisation.id == 'kazakhstan' }.startedOn", equalTo("2019-03-20"))
                .body("data.actor.offices.current", everyItem(equalTo(true)));
    }

    @Test
    void theGovernmentsCasualtyFiguresKeepTheirQualifiers() {
        graphql("query { actor(id: \"government-of-kazakhstan\") { description } }")
                .body("data.actor.description", allOf(
                        containsString("According to it"),
                        containsString("\"dozens\" of protesters were killed"),
                        containsString("more than 2,000 arrested"),
                        containsString("at least 18 security forces were killed and 748 injured")));
    }

    @Test
    void kazakhstanIsHomeToThreeAndAHalfMillionEthnicRussiansAccordingToTrenin() {
        graphql("query { actor(id: \"kazakhstan\") { country description sources { quotedPerson } } }")
                .body("data.actor.country", equalTo("KZ"))
                .body("data.actor.description", allOf(
                        containsString("major oil producer"),
                        containsString("long borders with Russia and China"),
                        containsString("remarkably stable for decades"),
                        containsString("one-party state"),
                        containsString("3.5 million ethnic Russians (Dmitri Trenin)")))
                .body("data.actor.sources.quotedPerson", hasItem("Dmitri Trenin"));
    }

    @Test
    void chinaAndTheUnitedStatesSeeKazakhstanAsTheArticleSays() {
        graphql("query { actor(id: \"china\") { country description } }")
                .body("data.actor.country", equalTo("CN"))
                .body("data.actor.description", allOf(
                        containsString("major source of oil"), containsString("Belt and Road initiative")));
        graphql("query { actor(id: \"united-states\") { country description } }")
                .body("data.actor.country", equalTo("US"))
                .body("data.actor.description", containsString("relatively friendly relations with Kazakhstan"));
    }

    @Test
    void thePeopleQuotedHoldThePostsTheArticleGivesThem() {
        graphql("""
                query {
                  zas: actor(id: "stanislav-zas") { offices { title organisation { id } } }
                  blinken: actor(id: "antony-blinken") { aliases offices { title organisation { id } } }
                  trenin: actor(id: "dmitri-trenin") { offices { title organisation { id } } }
                  pannier: actor(id: "bruce-pannier") { memberships { role organisation { id } } }
                  abdurasulov: actor(id: "abdujalil-abdurasulov") { memberships { organisation { id } } }
                }""")
                .body("errors", nullValue())
                .body("data.zas.offices[0].title", equalTo("Secretary General"))
                .body("data.zas.offices[0].organisation.id", equalTo("csto"))
                .body("data.blinken.aliases", hasItem("Tony Blinken"))
                .body("data.blinken.offices[0].title", equalTo("Secretary of State"))
                .body("data.blinken.offices[0].organisation.id", equalTo("united-states"))
                .body("data.trenin.offices[0].title", equalTo("Director"))
                .body("data.trenin.offices[0].organisation.id", equalTo("carnegie-moscow-center"))
                .body("data.pannier.memberships[0].role", equalTo("Central Asia correspondent"))
                .body("data.pannier.memberships[0].organisation.id", equalTo("rferl"))
                .body("data.abdurasulov.memberships[0].organisation.id", equalTo("bbc"));
    }

    @Test
    void theProtestersAreTheOnesTokayevCalledTerrorists() {
        graphql("query { actor(id: \"kazakh-protesters\") { description sources { quotedPerson } } }")
                .body("data.actor.description", allOf(
                        containsString("\"old man, go away\""),
                        containsString("\"a bunch of international terrorists\"")))
                .body("data.actor.sources.quotedPerson", hasItem(notNullValue()));
    }
}
