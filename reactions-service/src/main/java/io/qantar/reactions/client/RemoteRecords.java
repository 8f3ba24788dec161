package io.qantar.reactions.client;

import io.qantar.common.error.DownstreamServiceException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.eclipse.microprofile.rest.client.inject.RestClient;
import org.jboss.logging.Logger;

/**
 * Asks the owning services whether the records a reaction points to exist. A 200 means yes and a
 * 404 no; any other answer, a refused connection or a timeout means the owner cannot tell, which is
 * reported as {@link DownstreamServiceException} so that the write is abandoned rather than guessed.
 */
@ApplicationScoped
public class RemoteRecords {

    private static final Logger LOG = Logger.getLogger(RemoteRecords.class);

    @Inject
    @RestClient
    ActorsClient actors;

    @Inject
    @RestClient
    EventsClient events;

    public boolean actorExists(String id) {
        return exists(ActorsClient.SERVICE, id, actors::get);
    }

    public boolean eventExists(String id) {
        return exists(EventsClient.SERVICE, id, events::get);
    }

    private static boolean exists(String service, String id, Function<String, Response> get) {
        int status;
        try (Response response = get.apply(id)) {
            status = response.getStatus();
        } catch (WebApplicationException e) {
            status = e.getResponse().getStatus();
        } catch (ProcessingException e) {
            LOG.warnf("the %s service could not be asked about '%s': %s", service, id, e.getMessage());
            throw unavailable(service, "cannot be reached or did not answer in time", e);
        }
        if (status == Response.Status.OK.getStatusCode()) {
            return true;
        }
        if (status == Response.Status.NOT_FOUND.getStatusCode()) {
            return false;
        }
        LOG.warnf("the %s service answered HTTP %d about '%s'", service, status, id);
        throw unavailable(service, "answered HTTP " + status, null);
    }

    private static DownstreamServiceException unavailable(String service, String problem, Throwable cause) {
        return new DownstreamServiceException(service,
                "the " + service + " service " + problem + ", so the ids cannot be checked; nothing was written",
                cause);
    }
}
