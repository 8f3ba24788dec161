package io.qantar.events.rest;

import io.qantar.events.graphql.Event;
import io.qantar.events.service.EventReader;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/** Events over plain HTTP, for services that must check an event exists before they refer to it. */
@Path("/api/events")
@Tag(name = "Events", description = "The timeline of the crisis")
public class EventResource {

    @Inject
    EventReader events;

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One event",
            description = "The event's own facts, retired events included (with retired: true). Participants, figures,"
                    + " sources and causal links are served by the GraphQL endpoint.")
    @APIResponse(responseCode = "200", description = "The event",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Event.class)))
    @APIResponse(responseCode = "404", description = "No event has this id")
    public RestResponse<Event> event(
            @Parameter(description = "The event's id, e.g. csto-peacekeepers-arrive") @PathParam("id") String id) {
        return events.find(id)
                .map(event -> RestResponse.ok(Event.of(event)))
                .orElseGet(RestResponse::notFound);
    }
}
