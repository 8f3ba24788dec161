package io.qantar.reactions.service;

import io.qantar.common.error.BadUserInputException;
import io.qantar.reactions.client.RemoteRecords;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Refuses a write that points to an actor or event its owning service does not know. */
@ApplicationScoped
public class ReferenceCheck {

    @Inject
    RemoteRecords remote;

    public void requireActor(String field, String id) {
        if (!remote.actorExists(id)) {
            throw new BadUserInputException(field, field + " names no existing actor: '" + id + "'");
        }
    }

    public void requireEvent(String field, String id) {
        if (!remote.eventExists(id)) {
            throw new BadUserInputException(field, field + " names no existing event: '" + id + "'");
        }
    }
}
