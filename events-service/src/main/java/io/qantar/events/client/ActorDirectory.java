package io.qantar.events.client;

import io.qantar.common.client.RemoteRecordCheck;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/** Answers whether an actor exists, asking actors-service. */
@ApplicationScoped
public class ActorDirectory {

    /** The name under which a failure of actors-service is reported to clients. */
    public static final String SERVICE = "actors";

    @Inject
    @RestClient
    ActorsClient client;

    /**
     * @throws io.qantar.common.error.DownstreamServiceException when actors-service is down, too slow,
     *     or answers with anything but the record or a 404
     */
    public boolean exists(String actorId) {
        return RemoteRecordCheck.exists(SERVICE, actorId, client::find);
    }
}
