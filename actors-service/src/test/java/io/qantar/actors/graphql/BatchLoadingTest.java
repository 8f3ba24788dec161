package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.graphql;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;

/** Nested lists are loaded per level for all actors at once, so the statement count does not grow with the page. */
@QuarkusTest
class BatchLoadingTest {

    private static final String EVERYTHING = """
            query($first: Int) { actors(first: $first) {
              totalCount
              edges { node {
                id aliases sources { outlet }
                offices { title organisation { name aliases } }
                memberships { organisation { name } member { name } }
                members { member { name aliases } }
              } }
            } }""";

    @Inject
    SessionFactory sessionFactory;

    @Test
    void aPageOfEveryActorWithAllItsListsCostsAFixedNumberOfStatements() {
        Statistics statistics = sessionFactory.getStatistics();
        statistics.clear();

        graphql(EVERYTHING, "first", 100)
                .body("errors", nullValue())
                .body("data.actors.edges.size()", greaterThanOrEqualTo(30));

        // count and page, one per list field (5), and at most one per list field of the nested actors (2)
        // when they are not batched with the first level; actor by actor it would be one per actor and field
        long statements = statistics.getPrepareStatementCount();
        assertTrue(statements <= 9, "expected at most 9 statements for the whole page, got " + statements);
    }
}
