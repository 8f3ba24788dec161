package io.qantar.events.testing;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.Set;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Stands in for actors-service's {@code GET /api/actors/{id}} inside the test application, so the
 * tests need no other service running. It knows a few actors; {@link #SLOW_ACTOR} answers only
 * after the client's read timeout.
 */
@Path("/test-fakes/actors/api/actors")
public class FakeActorsResource {

    public static final Set<String> KNOWN = Set.of(
            "kassym-jomart-tokayev", "kazakh-protesters", "government-of-kazakhstan", "csto", "russia");

    /** Known, but answers long after the 2 s the client waits. */
    public static final String SLOW_ACTOR = "slow-to-answer";

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    public RestResponse<Map<String, String>> actor(@PathParam("id") String id) throws InterruptedException {
        if (SLOW_ACTOR.equals(id)) {
            Thread.sleep(10_000);
        }
        return KNOWN.contains(id) || SLOW_ACTOR.equals(id)
                ? RestResponse.ok(Map.of("id", id))
                : RestResponse.notFound();
    }
}
