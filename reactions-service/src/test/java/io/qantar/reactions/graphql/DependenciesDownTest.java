package io.qantar.reactions.graphql;

import static io.qantar.reactions.GraphQLAssertions.assertError;
import static io.qantar.reactions.GraphQLClient.execute;
import static io.qantar.reactions.ReactionInputs.CREATE;
import static io.qantar.reactions.ReactionInputs.READ;
import static io.qantar.reactions.ReactionInputs.UPDATE;
import static io.qantar.reactions.ReactionInputs.uniqueId;
import static io.qantar.reactions.ReactionInputs.validCreateInput;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.qantar.common.graphql.SourceInput;
import io.qantar.reactions.dataset.ReactionDatasetLoader;
import io.qantar.reactions.fakes.FakeActorsService;
import io.qantar.reactions.fakes.FakeEventsService;
import io.qantar.reactions.dataset.ReactionRecord;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Writes while the actors and events services are down: refused, and nothing is written. */
@QuarkusTest
@TestProfile(DependenciesDownTest.NothingListening.class)
class DependenciesDownTest {

    @Inject
    ReactionDatasetLoader loader;

    /** Points both clients at a port that was just free, where nothing listens. */
    public static class NothingListening implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            String closed = "http://localhost:" + freePort();
            return Map.of("quarkus.rest-client.actors.url", closed, "quarkus.rest-client.events.url", closed);
        }

        private static int freePort() {
            try (ServerSocket socket = new ServerSocket(0)) {
                return socket.getLocalPort();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    void createIsRefusedNamingTheActorsService() {
        String id = uniqueId();

        assertError(execute(CREATE, Map.of("input", validCreateInput(id))), "DOWNSTREAM_SERVICE_ERROR", "service", "actors");
        assertNull(execute(READ, Map.of("id", id)).get("data.reaction"), "nothing written");
    }

    @Test
    void anUpdateMovingToAnotherEventIsRefusedNamingTheEventsService() {
        String id = storedReaction();

        assertError(execute(UPDATE, Map.of("id", id, "input", Map.of("eventId", FakeEventsService.STATE_OF_EMERGENCY, "summary", "changed", "version", 0))),
                "DOWNSTREAM_SERVICE_ERROR", "service", "events");
        Map<String, Object> unchanged = execute(READ, Map.of("id", id)).getMap("data.reaction");
        assertEquals(FakeEventsService.INTERNET_RESTORED, ((Map<?, ?>) unchanged.get("event")).get("id"));
        assertEquals("The EU described the measures.", unchanged.get("summary"));
    }

    @Test
    void updatesThatReferenceNothingNewStillWork() {
        String id = storedReaction();

        JsonPath updated = execute(UPDATE, Map.of("id", id, "input", Map.of("stance", "MIXED", "eventId", FakeEventsService.INTERNET_RESTORED, "version", 0)));

        assertEquals("MIXED", updated.getString("data.updateReaction.stance"), "no other service needs asking");
    }

    /** A reaction stored without asking the other services, as the dataset loader does. */
    private String storedReaction() {
        String id = uniqueId();
        SourceInput source = new SourceInput();
        source.outlet = "Axios";
        loader.load(List.of(new ReactionRecord(id, FakeActorsService.EU, FakeEventsService.INTERNET_RESTORED, LocalDate.of(2022, 1, 6), null,
                ReactionKind.STATEMENT, Stance.SUPPORTIVE, "The EU described the measures.", null, source, null, null)));
        return id;
    }
}
