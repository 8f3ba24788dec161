package io.qantar.events.graphql;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

@QuarkusTest
class EventRelationsTest {

    private static final String TIMELINE_WITH_RELATIONS = """
            query($first: Int) { timeline(first: $first) { edges { node { id
              participants { actor { id } role }
              figures { text reportedBy { id } }
              sources { outlet }
              causes { cause { id } description }
              consequences { effect { id } } } } } }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void listsParticipantsInTheirOrder() {
        JsonPath event = relations("csto-assistance-requested");
        assertEquals(List.of("kassym-jomart-tokayev", "csto"), event.getList("participants.actor.id"));
        assertEquals(List.of("INITIATOR", "TARGET"), event.getList("participants.role"));
    }

    @Test
    void listsCausesByTheDateOfTheCause() {
        JsonPath event = relations("protests-spread-nationwide");
        List<String> causes = event.getList("causes.cause.id");
        assertEquals(List.of("protests-2019", "protests-begin-western-kazakhstan"), causes);
        assertEquals(List.of("2019-01-01", "2022-01-02"), event.getList("causes.cause.date"));
    }

    @Test
    void listsConsequencesByTheDateOfTheEffect() {
        JsonPath event = relations("csto-mission-approved");
        assertThat(event.getList("consequences.effect.id"),
                hasItems("russian-troops-depart-moscow", "csto-peacekeepers-arrive"));
        List<String> dates = event.getList("consequences.effect.date");
        assertEquals(dates.stream().sorted().toList(), dates);
        assertEquals(List.of("csto-mission-approved"), relations("russian-troops-depart-moscow").getList("causes.cause.id")
                .stream().filter("csto-mission-approved"::equals).toList());
    }

    @Test
    void answersEmptyListsForAnEventWithoutThem() {
        JsonPath event = relations("kazakhstan-independence");
        assertEquals(List.of(), event.getList("figures"));
        assertEquals(List.of(), event.getList("causes"));
        assertEquals(List.of(), event.getList("consequences"));
    }

    @Test
    void resolvesTheEventsOfManyActorsWithOneQueryPerRoleAsked() {
        String query = """
                query($representations: [_Any!]!) {
                  _entities(representations: $representations) { ... on Actor {
                    targeted: events(role: TARGET) { id } all: events { id } } } }""";
        Statistics statistics = sessionFactory.getStatistics();

        statistics.clear();
        GraphQL.data(query, Map.of("representations", actors("kassym-jomart-tokayev")));
        long oneActor = statistics.getPrepareStatementCount();

        statistics.clear();
        JsonPath many = GraphQL.data(query, Map.of("representations", actors("kassym-jomart-tokayev",
                "nursultan-nazarbayev", "csto", "russia", "kazakh-protesters", "kazakhstan")));
        long sixActors = statistics.getPrepareStatementCount();

        assertEquals(6, many.getList("_entities").size());
        assertEquals(oneActor, sixActors, "statements for 1 actor and for 6");
        assertTrue(sixActors <= 2, "one statement per role asked, got " + sixActors);
    }

    private static List<Map<String, Object>> actors(String... ids) {
        return java.util.Arrays.stream(ids).map(id -> Map.<String, Object>of("__typename", "Actor", "id", id)).toList();
    }

    @Test
    void resolvesEachRelationOfAPageWithOneQueryWhateverItsSize() {
        Statistics statistics = sessionFactory.getStatistics();

        statistics.clear();
        JsonPath small = GraphQL.data(TIMELINE_WITH_RELATIONS, Map.of("first", 2));
        long smallPage = statistics.getPrepareStatementCount();

        statistics.clear();
        JsonPath large = GraphQL.data(TIMELINE_WITH_RELATIONS, Map.of("first", 100));
        long largePage = statistics.getPrepareStatementCount();

        assertEquals(2, small.getList("timeline.edges").size());
        assertTrue(large.getList("timeline.edges").size() >= 21);
        assertThat(large.getList("timeline.edges.node.participants.role.flatten()"), hasItem("CONTRIBUTOR"));
        assertEquals(smallPage, largePage, "statements for 2 events and for a page of 21 or more");
    }

    private static JsonPath relations(String id) {
        return GraphQL.data("""
                query($id: ID!) { event(id: $id) {
                  participants { actor { id } role note }
                  figures { text }
                  causes { cause { id date } effect { id } description certainty }
                  consequences { cause { id } effect { id date } description } } }""", Map.of("id", id))
                .setRootPath("data.event");
    }
}
