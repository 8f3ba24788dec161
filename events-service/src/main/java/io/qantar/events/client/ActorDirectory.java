package io.qantar.events.client;

import io.qantar.common.error.DownstreamServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/** Answers whether an actor exists, asking actors-service. */
@ApplicationScoped
public class ActorDirectory {

    /** The name under which a failure of actors-service is reported to clients. */
    public static final String SERVICE = "actors";

    private static final Logger LOG = Logger.getLogger(ActorDirectory.class);

    @Inject
    @RestClient
    ActorsClient client;

    /**
     * @throws DownstreamServiceException when actors-service is down, too slow, or answers with
     *     anything but the record or a 404
     */
    public boolean exists(String actorId) {
        try (Response response = client.find(actorId)) {
            return accept(actorId, response.getStatus());
        } catch (WebApplicationException refused) {
            // The client turns every status from 400 up into an exception, 404 included.
            return accept(actorId, refused.getResponse().getStatus());
        } catch (ProcessingException unreachable) {
            LOG.warnf("actors-service did not answer for actor '%s': %s", actorId, unreachable.getMessage());
            throw new DownstreamServiceException(SERVICE,
                    "actors-service is unavailable or too slow, so actor '" + actorId + "' cannot be checked; nothing was written",
                    unreachable);
        }
    }

    private static boolean accept(String actorId, int status) {
        if (status == Response.Status.OK.getStatusCode()) {
            return true;
        }
        if (status == Response.Status.NOT_FOUND.getStatusCode()) {
            return false;
        }
        LOG.warnf("actors-service answered %d for actor '%s'", status, actorId);
        throw new DownstreamServiceException(SERVICE,
                "actors-service failed (HTTP " + status + ") while checking actor '" + actorId + "'; nothing was written",
                null);
    }
}
