package io.qantar.reactions.client;

import io.qantar.common.client.RemoteRecordCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Asks the owning services whether the records a reaction points to exist (see {@link RemoteRecordCheck}). */
@ApplicationScoped
public class RemoteRecords {

    @Inject
    @RestClient
    ActorsClient actors;

    @Inject
    @RestClient
    EventsClient events;

    public boolean actorExists(String id) {
        return RemoteRecordCheck.exists(ActorsClient.SERVICE, id, actors::get);
    }

    public boolean eventExists(String id) {
        return RemoteRecordCheck.exists(EventsClient.SERVICE, id, events::get);
    }
}
