package io.qantar.actors.service;

import io.qantar.actors.graphql.Actor;
import io.qantar.actors.graphql.ActorOptionalField;
import io.qantar.actors.graphql.CreateActorInput;
import io.qantar.actors.graphql.UpdateActorInput;
import io.qantar.actors.model.ActorEntity;
import io.qantar.common.error.BadUserInputException;
import io.qantar.common.error.ConflictException;
import io.qantar.common.error.NotFoundException;
import io.qantar.common.service.Clearing;
import io.qantar.common.service.EditLog;
import io.qantar.common.service.Ids;
import io.qantar.common.service.InputValidation;
import io.qantar.common.service.UpdateVersions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityExistsException;
import jakarta.persistence.EntityManager;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Set;
import org.hibernate.exception.ConstraintViolationException;

/**
 * Creates, updates and retires actors. Every method validates the whole input before it writes
 * anything and flushes before it returns, so that a refused write surfaces here as a client error
 * (and rolls back) rather than as a failed commit after the answer was built.
 */
@ApplicationScoped
public class ActorCommands {

    private static final String TYPE = "Actor";

    @Inject
    EntityManager em;

    @Inject
    InputValidation validation;

    @Inject
    ActorInputRules rules;

    @Inject
    ActorHistory history;

    @Inject
    UpdateVersions versions;

    @Transactional
    public Actor create(CreateActorInput input) {
        validation.check("input", input);
        String id = Ids.require("input.id", input.id);
        ActorEntity actor = new ActorEntity();
        actor.id = id;
        actor.kind = input.kind;
        actor.name = input.name.strip();
        actor.description = input.description.strip();
        actor.country = input.country;
        actor.aliases.addAll(rules.aliases("input.aliases", orEmpty(input.aliases)));
        actor.sources.addAll(rules.sources(input.sources));
        actor.offices.addAll(rules.offices("input.offices", orEmpty(input.offices)));
        actor.memberships.addAll(rules.memberships("input.memberships", id, orEmpty(input.memberships)));
        // No look-up first: the primary key refuses a duplicate, including one created concurrently.
        try {
            em.persist(actor);
            em.flush();
            history.record(id, "created");
        } catch (PersistenceException e) {
            if (e instanceof EntityExistsException || isDuplicateKey(e)) {
                throw new BadUserInputException("input.id", "an actor with id '" + id + "' already exists");
            }
            throw e;
        }
        return Actor.of(actor);
    }

    @Transactional
    public Actor update(String id, UpdateActorInput input) {
        Ids.require("id", id);
        validation.check("input", input);
        versions.require("input.version", input.version);
        Set<ActorOptionalField> cleared = Clearing.fieldsToClear("input", input.clear, field -> switch (field) {
            case COUNTRY -> input.country != null;
        });
        ActorEntity actor = existing(id);
        if (input.version != null && input.version.longValue() != actor.version) {
            throw new ConflictException(TYPE, id);
        }
        if (input.kind != null && input.kind != actor.kind) {
            rules.requireKindChangeKeepsReferences("input.kind", id, input.kind);
            actor.kind = input.kind;
        }
        if (input.name != null) {
            actor.name = input.name.strip();
        }
        if (input.description != null) {
            actor.description = input.description.strip();
        }
        if (input.country != null) {
            actor.country = input.country;
        }
        if (cleared.contains(ActorOptionalField.COUNTRY)) {
            actor.country = null;
        }
        if (input.aliases != null) {
            replace(actor.aliases, rules.aliases("input.aliases", input.aliases));
        }
        if (input.sources != null) {
            replace(actor.sources, rules.sources(input.sources));
        }
        if (input.offices != null) {
            replace(actor.offices, rules.offices("input.offices", input.offices));
        }
        if (input.memberships != null) {
            replace(actor.memberships, rules.memberships("input.memberships", id, input.memberships));
        }
        flushOrConflict(id);
        history.record(id, EditLog.updateOf(input, cleared));
        return Actor.of(actor);
    }

    /** Soft delete: hidden from lists and searches, still answered by id. Retiring twice changes nothing. */
    @Transactional
    public Actor retire(String id) {
        ActorEntity actor = existing(id);
        boolean wasRetired = actor.retired;
        actor.retired = true;
        flushOrConflict(id);
        if (!wasRetired) {
            history.record(id, "retired");
        }
        return Actor.of(actor);
    }

    private ActorEntity existing(String id) {
        Ids.require("id", id);
        ActorEntity actor = em.find(ActorEntity.class, id);
        if (actor == null) {
            throw new NotFoundException(TYPE, id);
        }
        return actor;
    }

    /** A concurrent write that committed first fails the version check of this one. */
    private void flushOrConflict(String id) {
        try {
            em.flush();
        } catch (OptimisticLockException e) {
            throw new ConflictException(TYPE, id);
        }
    }

    private static boolean isDuplicateKey(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof ConstraintViolationException violation) {
                return violation.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE;
            }
        }
        return false;
    }

    private static <T> void replace(List<T> stored, List<T> replacement) {
        stored.clear();
        stored.addAll(replacement);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
