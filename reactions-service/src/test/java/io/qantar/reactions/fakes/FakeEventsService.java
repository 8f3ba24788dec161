package io.qantar.reactions.fakes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Stands in for the events service in tests: answers {@code GET /api/events/{id}} the way the real
 * one does for a few known events, and misbehaves on request.
 */
@Path("/test-fakes/events/api/events")
@Produces(MediaType.APPLICATION_JSON)
public class FakeEventsService {

    public static final String STATE_OF_EMERGENCY = "state-of-emergency-declared";
    public static final String INTERNET_RESTORED = "internet-restored";
    /** Answers after the client's read timeout. */
    public static final String SLOW = "slow-to-answer";
    /** Answers HTTP 500. */
    public static final String FAILING = "fails-to-answer";

    private static final Set<String> KNOWN = Set.of(STATE_OF_EMERGENCY, INTERNET_RESTORED);

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) throws InterruptedException {
        return FakeRecords.answer(id, KNOWN, SLOW, FAILING);
    }
}
