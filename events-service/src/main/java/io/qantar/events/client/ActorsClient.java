package io.qantar.events.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** actors-service's REST API, base URL {@code quarkus.rest-client.actors.url}. */
@RegisterRestClient(configKey = "actors")
@Path("/api/actors")
public interface ActorsClient {

    /** 200 with the actor, 404 when no actor has this id. */
    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Response find(@PathParam("id") String id);
}
