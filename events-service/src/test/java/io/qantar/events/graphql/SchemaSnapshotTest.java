package io.qantar.events.graphql;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.SchemaSnapshot;
import io.qantar.events.testing.GraphQL;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class SchemaSnapshotTest {

    private static final String SUBGRAPH = "events";

    @Test
    void publishesTheCommittedSchema() throws Exception {
        String live = GraphQL.data("{ _service { sdl } }").getString("_service.sdl");
        assertEquals(SchemaSnapshot.committed(SUBGRAPH, live), live.strip() + "\n",
                () -> "the schema differs from " + SchemaSnapshot.file(SUBGRAPH)
                        + "; review the change and rerun with -Dqantar.schema.update=true to accept it");
    }
}
