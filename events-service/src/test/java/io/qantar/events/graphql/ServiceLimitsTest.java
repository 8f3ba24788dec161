package io.qantar.events.graphql;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * events-service refuses by itself, fast and before any resolver runs, the operations that took it down
 * when sent straight to it, and still answers the fetches a gateway sends.
 */
@QuarkusTest
class ServiceLimitsTest {

    /** Issue 7's query, as deep as events-service serves it alone: 8 levels of participants, actor and events. */
    private static final String ISSUE_QUERY = "{ timeline(first: 100) { edges { node { "
            + "participants { actor { events { ".repeat(8) + "title" + " } } }".repeat(8) + " } } } }";

    /** Within the depth limit, but each level multiplies the rows by a page or a list. */
    private static final String FAN_OUT = "{ timeline(first: 100) { edges { node { participants { actor { events {"
            + " participants { actor { events { participants { actor { id } } } } } } } } } } } }";

    @Test
    void theIssuesQueryIsRefusedFastWithMaxDepthLimitAndTheServiceAnswersRightAfter() {
        long start = System.nanoTime();
        GraphQL.post(ISSUE_QUERY)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("MAX_DEPTH_LIMIT"));
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertTrue(millis < 2000, "refused in " + millis + " ms");

        GraphQL.post("{ timeline(first: 5) { edges { node { id title } } } }")
                .body("errors", nullValue())
                .body("data.timeline.edges.size()", greaterThan(0));
    }

    @Test
    void listsNestedWithinTheDepthLimitAreRefusedForTheirEstimatedCost() {
        GraphQL.post(FAN_OUT)
                .body("data", nullValue())
                .body("errors.size()", equalTo(1))
                .body("errors[0].extensions.code", equalTo("COST_ESTIMATED_TOO_EXPENSIVE"));
    }

    @Test
    void aGatewaysEntityFetchNestingEventsParticipantsAndActorsIsAnswered() {
        String fetch = """
                query($representations: [_Any!]!) {
                  _entities(representations: $representations) {
                    ... on Actor { id events { id title participants { role actor { id } } } }
                  }
                }""";
        List<Map<String, Object>> representations = List.of(
                Map.of("__typename", "Actor", "id", "kassym-jomart-tokayev"),
                Map.of("__typename", "Actor", "id", "kazakh-protesters"));

        GraphQL.post(fetch, Map.of("representations", representations))
                .body("errors", nullValue())
                .body("data._entities.size()", equalTo(2));
    }

    @Test
    void aFirstPageOfAHundredEventsWithTheirParticipantsIsAnswered() {
        GraphQL.post("{ timeline(first: 100) { edges { node { id participants { role actor { id } } } } } }")
                .body("errors", nullValue());
    }
}
