package io.qantar.common.client;

import io.qantar.common.error.DownstreamServiceException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * Asks the service that owns a record whether it exists, before a write stores a reference to it.
 * A 200 means yes and a 404 no; any other answer, a refused connection or a timeout means the owner
 * cannot tell, which is reported as {@link DownstreamServiceException} so that the write is abandoned
 * rather than guessed.
 */
public final class RemoteRecordCheck {

    private static final Logger LOG = Logger.getLogger(RemoteRecordCheck.class);

    private RemoteRecordCheck() {
    }

    /** {@code get} is the REST client's {@code GET /api/<records>/{id}}. */
    public static boolean exists(String service, String id, Function<String, Response> get) {
        int status;
        try (Response response = get.apply(id)) {
            status = response.getStatus();
        } catch (WebApplicationException refused) {
            // The REST client turns every status from 400 up into an exception, 404 included.
            status = refused.getResponse().getStatus();
        } catch (ProcessingException unreachable) {
            LOG.warnf("the %s service could not be asked about '%s': %s", service, id, unreachable.getMessage());
            throw unavailable(service, "cannot be reached or did not answer in time", unreachable);
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
