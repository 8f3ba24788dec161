package io.qantar.events.service;

import io.qantar.common.error.ConflictException;
import io.qantar.common.error.NotFoundException;
import io.qantar.common.graphql.Edit;
import io.qantar.common.service.EditLog;
import io.qantar.events.model.EventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The transactions that write events. Each one flushes before it returns, so that a database
 * refusal surfaces here, as an error a client understands, and the transaction rolls back whole.
 */
@ApplicationScoped
public class EventStore {

    static final String TYPE = "Event";
    /** Who wrote what: the table of Flyway's V2 migration. */
    static final EditLog HISTORY = new EditLog("event_edit");

    @Inject
    EntityManager em;

    @Transactional
    public boolean exists(String id) {
        return EventEntity.count("id", id) > 0;
    }

    /** @throws DuplicateRecordException when an event with this id exists, even one stored a moment ago */
    @Transactional
    public EventEntity insert(EventEntity event) {
        if (EventEntity.findById(event.id) != null) {
            throw new DuplicateRecordException("event '" + event.id + "' already exists");
        }
        try {
            event.persistAndFlush();
            HISTORY.record(em, event.id, "created");
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isConstraintViolation(failure)) {
                throw new DuplicateRecordException("event '" + event.id + "' was stored concurrently", failure);
            }
            throw failure;
        }
        return event;
    }

    /**
     * Applies {@code change} to the stored event.
     *
     * @param expectedVersion the version the client based its change on, or null to skip the check
     * @param description     what the change is, for the event's history
     */
    @Transactional
    public EventEntity update(String id, Integer expectedVersion, String description, Consumer<EventEntity> change) {
        EventEntity event = require(id);
        if (expectedVersion != null && expectedVersion != event.version) {
            throw new ConflictException(TYPE, id);
        }
        change.accept(event);
        flushOrConflict(event);
        HISTORY.record(em, id, description);
        return event;
    }

    /** Retiring twice leaves the event as the first retirement left it. */
    @Transactional
    public EventEntity retire(String id) {
        EventEntity event = require(id);
        if (!event.retired) {
            event.retired = true;
            flushOrConflict(event);
            HISTORY.record(em, id, "retired");
        }
        return event;
    }

    private static EventEntity require(String id) {
        EventEntity event = EventEntity.findById(id);
        if (event == null) {
            throw new NotFoundException(TYPE, id);
        }
        return event;
    }

    private static void flushOrConflict(EventEntity event) {
        try {
            EventEntity.flush();
        } catch (PersistenceException failure) {
            if (PersistenceFailures.isLostUpdate(failure)) {
                throw new ConflictException(TYPE, event.id);
            }
            throw failure;
        }
    }

    /** The edits of each event, oldest first. */
    @Transactional
    public Map<String, List<Edit>> history(Collection<String> eventIds) {
        return HISTORY.of(em, eventIds);
    }
}
