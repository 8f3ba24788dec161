package io.qantar.actors.dataset;

import static io.qantar.actors.GraphQLRequests.UPDATE;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.actors.graphql.CreateActorInput;
import io.qantar.actors.graphql.MembershipInput;
import io.qantar.actors.model.ActorKind;
import io.qantar.common.dataset.DatasetReader;
import io.qantar.common.graphql.SourceInput;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ActorDatasetLoaderTest {

    private static final List<String> FIXTURE = List.of("dataset-fixture/actors.json");

    @Inject
    ActorDatasetLoader loader;

    @Test
    void loadingTheShippedDatasetAgainChangesNothing() {
        assertEquals(0, loader.load());
    }

    @Test
    void loadingInsertsMissingRecordsAndLeavesEditedOnesAlone() {
        loader.load(FIXTURE);
        graphql("query { actor(id: \"fixture-alliance\") { members { member { id } contributedTroops } } }")
                .body("data.actor.members.member.id", contains("fixture-member"))
                .body("data.actor.members.contributedTroops", contains(true));

        String editedName = "Edited " + uniqueId("name");
        int version = graphql("query { actor(id: \"fixture-member\") { version } }").extract().path("data.actor.version");
        graphql(UPDATE, "id", "fixture-member", "input", Map.of("name", editedName, "version", version)).body("errors", nullValue());

        assertEquals(0, loader.load(FIXTURE));
        graphql("query { actor(id: \"fixture-member\") { name } }").body("data.actor.name", equalTo(editedName));
    }

    @Test
    void aRecordAnotherInstanceInsertedMeanwhileIsSkipped() {
        CreateActorInput alreadyThere = DatasetReader.read("dataset/states.json", CreateActorInput.class).get(0);
        assertFalse(loader.insert(alreadyThere));
    }

    @Test
    void anInvalidRecordStopsTheLoadAndIsNotWritten() {
        CreateActorInput broken = new CreateActorInput();
        broken.id = uniqueId("broken");
        broken.kind = ActorKind.STATE;
        broken.name = "Broken";
        broken.description = "Points at an organisation that does not exist.";
        SourceInput source = new SourceInput();
        source.outlet = "Test Wire";
        broken.sources = List.of(source);
        MembershipInput membership = new MembershipInput();
        membership.organisationId = "no-such-alliance";
        broken.memberships = List.of(membership);

        IllegalStateException failure = assertThrows(IllegalStateException.class, () -> loader.insert(broken));
        assertTrue(failure.getMessage().contains("no-such-alliance"), failure.getMessage());
        graphql("query($id: ID!) { actor(id: $id) { id } }", "id", broken.id).body("data.actor", nullValue());
    }
}
