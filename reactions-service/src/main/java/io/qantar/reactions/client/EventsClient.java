package io.qantar.reactions.client;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.rest.client.inject.RegisterRestClient;

/** The events service's REST API, as far as this service needs it: does an event exist. */
@RegisterRestClient(configKey = EventsClient.SERVICE)
@Path("/api/events")
public interface EventsClient {

    String SERVICE = "events";

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    Response get(@PathParam("id") String id);
}
