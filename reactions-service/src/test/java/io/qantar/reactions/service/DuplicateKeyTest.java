package io.qantar.reactions.service;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qantar.common.graphql.Source;
import io.qantar.reactions.ReactionInputs;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.persistence.PersistenceException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * A writer that loses the race to insert an id must recognise the database's refusal as such, on
 * whichever database the service runs: that is what turns it into "already exists" rather than a failure.
 */
@QuarkusTest
class DuplicateKeyTest {

    @Test
    void recognisesTheRefusalOfAnIdInsertedFirstByAnotherWriter() {
        String id = ReactionInputs.uniqueId();
        QuarkusTransaction.requiringNew().run(() -> reaction(id).persistAndFlush());

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(() -> reaction(id).persistAndFlush()));

        assertTrue(DuplicateKey.isCauseOf(refused));
    }

    @Test
    void doesNotMistakeOtherFailuresForADuplicate() {
        Reaction withoutSummary = reaction(ReactionInputs.uniqueId());
        withoutSummary.summary = null;

        PersistenceException refused = assertThrows(PersistenceException.class,
                () -> QuarkusTransaction.requiringNew().run(withoutSummary::persistAndFlush));

        assertFalse(DuplicateKey.isCauseOf(refused));
        assertFalse(DuplicateKey.isCauseOf(new IllegalStateException("unrelated")));
    }

    private static Reaction reaction(String id) {
        Reaction reaction = new Reaction();
        reaction.id = id;
        reaction.actorId = "european-union";
        reaction.eventId = "internet-restored";
        reaction.date = LocalDate.of(2022, 1, 7);
        reaction.kind = ReactionKind.STATEMENT;
        reaction.stance = Stance.NEUTRAL;
        reaction.summary = "Inserted by a test.";
        reaction.source = new Source();
        reaction.source.outlet = "Axios";
        return reaction;
    }
}
