package io.qantar.actors.service;

import static io.qantar.actors.GraphQLRequests.create;
import static io.qantar.actors.GraphQLRequests.graphql;
import static io.qantar.actors.GraphQLRequests.newActor;
import static io.qantar.actors.GraphQLRequests.uniqueId;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.qantar.actors.graphql.UpdateActorInput;
import io.qantar.actors.model.ActorEntity;
import io.qantar.common.error.ConflictException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

/** Two writers that read the same version: the one that commits second must get CONFLICT, not overwrite. */
@QuarkusTest
class ConcurrentUpdateTest {

    @Inject
    ActorCommands commands;

    @Test
    void theWriterThatCommitsSecondGetsAConflict() {
        String id = uniqueId("contested");
        create(newActor(id, "GROUP", "Contested"));

        ConflictException conflict = assertThrows(ConflictException.class, () -> QuarkusTransaction.requiringNew().run(() -> {
            ActorEntity readBeforeTheOtherWrite = ActorEntity.findById(id);
            assertEquals(0L, readBeforeTheOtherWrite.version);
            QuarkusTransaction.requiringNew().run(() -> commands.update(id, renamed("First writer")));
            // Both state version 0, which this transaction read before the other write: only the database's
            // version check can notice the lost race.
            commands.update(id, renamed("Second writer"));
        }));

        assertEquals(id, conflict.details().get("id"));
        graphql("query($id: ID!) { actor(id: $id) { name version } }", "id", id)
                .body("data.actor.name", equalTo("First writer"))
                .body("data.actor.version", equalTo(1));
    }

    private static UpdateActorInput renamed(String name) {
        UpdateActorInput input = new UpdateActorInput();
        input.name = name;
        input.version = 0;
        return input;
    }
}
