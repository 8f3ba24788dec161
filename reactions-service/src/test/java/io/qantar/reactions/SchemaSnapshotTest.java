package io.qantar.reactions;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.SchemaSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** The published subgraph schema is reviewed as a file: a change here must show in supergraph/subgraphs/. */
@QuarkusTest
class SchemaSnapshotTest {

    private static final String SUBGRAPH = "reactions";

    @Test
    void publishedSchemaMatchesTheCommittedSubgraphFile() throws Exception {
        String live = GraphQLClient.execute("{ _service { sdl } }").getString("data._service.sdl");
        String committed = SchemaSnapshot.committed(SUBGRAPH, live);
        assertEquals(committed, live.strip() + "\n",
                "the live SDL differs from " + SchemaSnapshot.file(SUBGRAPH) + "; rerun with -Dqantar.schema.update=true and review the diff");
    }
}
