package io.qantar.events.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.common.service.Clearing;
import io.qantar.common.service.EditLog;
import io.qantar.common.service.Ids;
import io.qantar.common.service.InputValidation;
import io.qantar.common.service.UpdateVersions;
import io.qantar.events.graphql.CreateEventInput;
import io.qantar.events.graphql.EventOptionalField;
import io.qantar.events.graphql.UpdateEventInput;
import io.qantar.events.model.EventEntity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Set;

/**
 * Creates, updates and retires events. Checks run from the cheapest to the remote one, and the
 * call to actors-service happens before any transaction opens, so no connection waits on it.
 */
@ApplicationScoped
public class EventWriter {

    private static final String INPUT = "input";

    @Inject
    InputValidation validation;

    @Inject
    UpdateVersions versions;

    @Inject
    ActorReferences actorReferences;

    @Inject
    EventStore store;

    public EventEntity create(CreateEventInput input) {
        EventEntity event = checkedNewEvent(input);
        if (store.exists(input.id)) {
            throw duplicateId(input.id);
        }
        actorReferences.requireExisting(INPUT, input);
        try {
            return store.insert(event);
        } catch (DuplicateRecordException storedMeanwhile) {
            throw duplicateId(input.id);
        }
    }

    /**
     * Stores a shipped dataset record, with the checks of {@link #create} except the actor lookup:
     * actors-service need not be up when this service starts, and the dataset's actor ids are
     * verified by its tests.
     *
     * @throws DuplicateRecordException when the id is taken, even by a record stored a moment ago
     */
    public EventEntity importEvent(CreateEventInput input) {
        return store.insert(checkedNewEvent(input));
    }

    public EventEntity update(String id, UpdateEventInput input) {
        Ids.require("id", id);
        validation.check(INPUT, input);
        versions.require(INPUT + ".version", input.version);
        EventRules.checkDetails(INPUT, input);
        Set<EventOptionalField> cleared = Clearing.fieldsToClear(INPUT, input.clear, field -> EventRules.gives(input, field));
        actorReferences.requireExisting(INPUT, input);
        return store.update(id, input.version, EditLog.updateOf(input, cleared), event -> {
            EventFactory.apply(input, cleared, event);
            EventRules.checkDates(INPUT, event, input.endDate != null);
        });
    }

    public EventEntity retire(String id) {
        return store.retire(Ids.require("id", id));
    }

    private EventEntity checkedNewEvent(CreateEventInput input) {
        validation.check(INPUT, input);
        EventRules.checkDetails(INPUT, input);
        EventEntity event = EventFactory.newEvent(input);
        EventRules.checkDates(INPUT, event, input.endDate != null);
        return event;
    }

    private static BadUserInputException duplicateId(String id) {
        return new BadUserInputException(INPUT + ".id", INPUT + ".id: an event with id '" + id + "' already exists");
    }
}
