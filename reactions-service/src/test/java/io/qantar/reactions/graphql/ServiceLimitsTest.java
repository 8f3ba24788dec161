package io.qantar.reactions.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.reactions.GraphQLClient;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import org.junit.jupiter.api.Test;

/** reactions-service refuses by itself the nesting that sent it out of memory, and answers right after. */
@QuarkusTest
class ServiceLimitsTest {

    /** Issue 7's `event { reactions { event { reactions ...` 24 deep. */
    private static final String NESTED = "{ reactions(first: 100) { edges { node { "
            + "event { reactions { ".repeat(24) + "id" + " } }".repeat(24) + " } } } }";

    @Test
    void reactionsOfEventsOfReactions24DeepAreRefusedFastAndTheServiceAnswersRightAfter() {
        long start = System.nanoTime();
        JsonPath refused = GraphQLClient.execute(NESTED);
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertNull(refused.get("data"));
        assertEquals(1, refused.getList("errors").size());
        assertEquals("MAX_DEPTH_LIMIT", refused.getString("errors[0].extensions.code"));
        assertTrue(millis < 2000, "refused in " + millis + " ms");

        JsonPath next = GraphQLClient.execute("{ reactions(first: 5) { edges { node { id } } } }");
        assertNull(next.get("errors"));
    }

    @Test
    void reactionsOfEventsOfReactionsWithinTheDepthLimitAreRefusedForTheirCost() {
        JsonPath refused = GraphQLClient.execute("{ reactions(first: 100) { edges { node { "
                + "event { reactions { ".repeat(4) + "id" + " } }".repeat(4) + " } } } }");

        assertNull(refused.get("data"));
        assertEquals("COST_ESTIMATED_TOO_EXPENSIVE", refused.getString("errors[0].extensions.code"));
    }
}
