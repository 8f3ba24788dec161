package io.qantar.reactions.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The actors service's REST API, as far as this service needs it: does an actor exist. */
@RegisterRestClient(configKey = ActorsClient.SERVICE)
@Path("/api/actors")
public interface ActorsClient {

    String SERVICE = "actors";

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Response get(@PathParam("id") String id);
}
