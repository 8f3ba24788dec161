package io.qantar.reactions.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.common.error.ConflictException;
import io.qantar.common.error.NotFoundException;
import io.qantar.common.graphql.Edit;
import io.qantar.common.graphql.Source;
import io.qantar.common.service.Clearing;
import io.qantar.common.service.EditLog;
import io.qantar.common.service.Ids;
import io.qantar.common.service.InputValidation;
import io.qantar.common.service.UpdateVersions;
import io.qantar.reactions.graphql.CreateReactionInput;
import io.qantar.reactions.graphql.ReactionOptionalField;
import io.qantar.reactions.graphql.UpdateReactionInput;
import io.qantar.reactions.model.Reaction;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Supplier;

/**
 * Creates, changes and retires reactions. Every check that can refuse a write (input rules, ids,
 * references held by other services, the expected version) runs before anything is written, and
 * the remote checks run outside the database transaction so that no connection waits on them.
 */
@ApplicationScoped
public class ReactionService {

    static final String TYPE = "Reaction";
    /** Who wrote what: the table of Flyway's V2 migration. */
    static final EditLog HISTORY = new EditLog("reaction_edit");

    @Inject
    InputValidation validation;

    @Inject
    UpdateVersions versions;

    @Inject
    ReferenceCheck references;

    @Inject
    ReactionFinder finder;

    public Reaction create(CreateReactionInput input) {
        validation.check("input", input);
        Ids.require("input.id", input.id);
        Ids.require("input.actorId", input.actorId);
        Ids.require("input.eventId", input.eventId);
        if (input.reportedThroughActorId != null) {
            Ids.require("input.reportedThroughActorId", input.reportedThroughActorId);
        }
        if (finder.byId(input.id) != null) {
            throw duplicate(input.id);
        }
        references.requireActor("input.actorId", input.actorId);
        references.requireEvent("input.eventId", input.eventId);
        if (input.reportedThroughActorId != null && !input.reportedThroughActorId.equals(input.actorId)) {
            references.requireActor("input.reportedThroughActorId", input.reportedThroughActorId);
        }
        return inNewTransaction(input.id, () -> "created", () -> insert(input));
    }

    public Reaction update(String id, UpdateReactionInput input) {
        Ids.require("id", id);
        validation.check("input", input);
        versions.require("input.version", input.version);
        Set<ReactionOptionalField> cleared = Clearing.fieldsToClear("input", input.clear,
                field -> gives(input, field));
        if (input.actorId != null) {
            Ids.require("input.actorId", input.actorId);
        }
        if (input.eventId != null) {
            Ids.require("input.eventId", input.eventId);
        }
        if (input.reportedThroughActorId != null) {
            Ids.require("input.reportedThroughActorId", input.reportedThroughActorId);
        }
        Reaction current = finder.byId(id);
        if (current == null) {
            throw new NotFoundException(TYPE, id);
        }
        requireVersion(current, input.version);
        if (changes(input.actorId, current.actorId)) {
            references.requireActor("input.actorId", input.actorId);
        }
        if (changes(input.eventId, current.eventId)) {
            references.requireEvent("input.eventId", input.eventId);
        }
        if (changes(input.reportedThroughActorId, current.reportedThroughActorId)) {
            references.requireActor("input.reportedThroughActorId", input.reportedThroughActorId);
        }
        String change = EditLog.updateOf(input, cleared);
        return inNewTransaction(id, () -> change, () -> {
            Reaction reaction = existing(id);
            // Checked again: another write may have come in while the other services were asked.
            requireVersion(reaction, input.version);
            apply(input, cleared, reaction);
            return reaction;
        });
    }

    public Reaction retire(String id) {
        Ids.require("id", id);
        AtomicBoolean retiredNow = new AtomicBoolean();
        return inNewTransaction(id, () -> retiredNow.get() ? "retired" : null, () -> {
            Reaction reaction = existing(id);
            // Retiring twice leaves the reaction, and its history, as the first retirement left them.
            retiredNow.set(!reaction.retired);
            reaction.retired = true;
            return reaction;
        });
    }

    private static Reaction insert(CreateReactionInput input) {
        Reaction reaction = new Reaction();
        reaction.id = input.id;
        reaction.actorId = input.actorId;
        reaction.eventId = input.eventId;
        reaction.date = input.date;
        reaction.dateNote = input.dateNote;
        reaction.kind = input.kind;
        reaction.stance = input.stance;
        reaction.summary = input.summary.strip();
        reaction.quote = input.quote;
        reaction.source = Source.from(input.source);
        reaction.reportedThrough = input.reportedThrough;
        reaction.reportedThroughActorId = input.reportedThroughActorId;
        try {
            reaction.persistAndFlush();
        } catch (PersistenceException e) {
            if (DuplicateKey.isCauseOf(e)) {
                throw duplicate(input.id);
            }
            throw e;
        }
        return reaction;
    }

    private static void apply(UpdateReactionInput input, Set<ReactionOptionalField> cleared, Reaction reaction) {
        if (input.actorId != null) {
            reaction.actorId = input.actorId;
        }
        if (input.eventId != null) {
            reaction.eventId = input.eventId;
        }
        if (input.date != null) {
            reaction.date = input.date;
        }
        if (input.dateNote != null) {
            reaction.dateNote = input.dateNote;
        }
        if (input.kind != null) {
            reaction.kind = input.kind;
        }
        if (input.stance != null) {
            reaction.stance = input.stance;
        }
        if (input.summary != null) {
            reaction.summary = input.summary.strip();
        }
        if (input.quote != null) {
            reaction.quote = input.quote;
        }
        if (input.source != null) {
            reaction.source = Source.from(input.source);
        }
        if (input.reportedThrough != null) {
            reaction.reportedThrough = input.reportedThrough;
        }
        if (input.reportedThroughActorId != null) {
            reaction.reportedThroughActorId = input.reportedThroughActorId;
        }
        for (ReactionOptionalField field : cleared) {
            switch (field) {
                case DATE_NOTE -> reaction.dateNote = null;
                case QUOTE -> reaction.quote = null;
                case REPORTED_THROUGH -> reaction.reportedThrough = null;
                case REPORTED_THROUGH_ACTOR -> reaction.reportedThroughActorId = null;
            }
        }
    }

    /** Whether an update gives a value to a field it could also clear. */
    private static boolean gives(UpdateReactionInput input, ReactionOptionalField field) {
        return switch (field) {
            case DATE_NOTE -> input.dateNote != null;
            case QUOTE -> input.quote != null;
            case REPORTED_THROUGH -> input.reportedThrough != null;
            case REPORTED_THROUGH_ACTOR -> input.reportedThroughActorId != null;
        };
    }

    private static Reaction existing(String id) {
        Reaction reaction = Reaction.findById(id);
        if (reaction == null) {
            throw new NotFoundException(TYPE, id);
        }
        return reaction;
    }

    private static void requireVersion(Reaction reaction, Integer expected) {
        if (expected != null && expected != reaction.version) {
            throw new ConflictException(TYPE, reaction.id);
        }
    }

    private static boolean changes(String requested, String current) {
        return requested != null && !Objects.equals(requested, current);
    }

    private static BadUserInputException duplicate(String id) {
        return new BadUserInputException("input.id", "input.id: a reaction with id '" + id + "' already exists");
    }

    /**
     * Runs a write in its own transaction and flushes it inside, so that a lost race on the version
     * surfaces here as CONFLICT rather than as a failed commit; the write's history entry ({@code change}, asked
     * after the write, none when null) is committed with it.
     */
    private static Reaction inNewTransaction(String id, Supplier<String> change, Supplier<Reaction> write) {
        try {
            return QuarkusTransaction.requiringNew().call(() -> {
                Reaction reaction = write.get();
                Reaction.flush();
                String edit = change.get();
                if (edit != null) {
                    HISTORY.record(Reaction.getEntityManager(), id, edit);
                }
                return reaction;
            });
        } catch (OptimisticLockException e) {
            throw new ConflictException(TYPE, id);
        }
    }

    /** The edits of each reaction, oldest first. */
    @Transactional
    public Map<String, List<Edit>> history(Collection<String> reactionIds) {
        return HISTORY.of(Reaction.getEntityManager(), reactionIds);
    }
}
