package io.qantar.actors.graphql;

import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.qantar.common.testing.SchemaSnapshot;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class FederationTest {

    private static final String ENTITIES = """
            query($representations: [_Any!]!) {
              _entities(representations: $representations) { ... on Actor { id name kind aliases } }
            }""";

    @Test
    void theSchemaDeclaresFederationTwoAndTheActorKey() {
        String sdl = liveSdl();
        assertThat(sdl, containsString("@link(import : [\"@key\", \"@shareable\", \"@requiresScopes\", \"@cost\", \"@listSize\"], url : \"https://specs.apollo.dev/federation/v2"));
        assertThat(sdl, containsString("type Actor @key(fields : \"id\")"));
        assertThat(sdl, containsString("type PageInfo @shareable"));
        assertThat(sdl, containsString("type Source @shareable"));
    }

    @Test
    void entitiesAnswersEveryRepresentationInOrderWithNullForUnknownIds() {
        List<Map<String, String>> representations = List.of(
                actor("russia"), actor("no-such-actor"), actor("csto"), actor("russia"), actor("Not A Slug"));

        graphql(ENTITIES, "representations", representations)
                .body("errors", nullValue())
                .body("data._entities", hasSize(5))
                .body("data._entities[0].id", equalTo("russia"))
                .body("data._entities[1]", nullValue())
                .body("data._entities[2].id", equalTo("csto"))
                .body("data._entities[3].id", equalTo("russia"))
                .body("data._entities[4]", nullValue())
                .body("data._entities[2].aliases", contains("CSTO", "ODKB", "CTSC"))
                .body("data._entities[0].kind", equalTo("STATE"));
    }

    @Test
    void entitiesAnswersRetiredActorsSoThatLinksNeverDangle() {
        String id = uniqueId("linked");
        create(newActor(id, "GROUP", "Linked"));
        graphql("mutation($id: ID!) { retireActor(id: $id) { id } }", "id", id).body("errors", nullValue());

        graphql(ENTITIES, "representations", List.of(actor(id)))
                .body("data._entities[0].id", equalTo(id));
    }

    @Test
    void thePublishedSchemaMatchesTheCommittedSnapshot() throws Exception {
        String live = liveSdl();
        assertEquals(SchemaSnapshot.committed("actors", live), live.strip() + "\n",
                "supergraph/subgraphs/actors.graphql is out of date: run the tests with -Dqantar.schema.update=true"
                        + " and compose the supergraph again");
    }

    private static String liveSdl() {
        return graphql("{ _service { sdl } }").body("errors", nullValue()).extract().path("data._service.sdl");
    }

    private static Map<String, String> actor(String id) {
        return Map.of("__typename", "Actor", "id", id);
    }
}
