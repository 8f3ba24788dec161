package io.qantar.reactions.fakes;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Set;

/**
 * Stands in for the actors service in tests: answers {@code GET /api/actors/{id}} the way the real
 * one does for a few known actors, and misbehaves on request.
 */
@Path("/test-fakes/actors/api/actors")
@Produces(MediaType.APPLICATION_JSON)
public class FakeActorsService {

    public static final String EU = "european-union";
    public static final String BORRELL = "josep-borrell";
    public static final String REUTERS = "reuters";
    /** Answers after the client's read timeout. */
    public static final String SLOW = "slow-to-answer";
    /** Answers HTTP 500. */
    public static final String FAILING = "fails-to-answer";

    private static final Set<String> KNOWN = Set.of(EU, BORRELL, REUTERS);

    @GET
    @Path("/{id}")
    public Response get(@PathParam("id") String id) throws InterruptedException {
        return FakeRecords.answer(id, KNOWN, SLOW, FAILING);
    }
}
