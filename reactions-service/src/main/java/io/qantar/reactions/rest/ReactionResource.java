package io.qantar.reactions.rest;

import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.service.ReactionFinder;
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

@Path("/api/reactions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Reactions", description = "Who said or did what about which event.")
public class ReactionResource {

    @Inject
    ReactionFinder finder;

    @GET
    @Path("/{id}")
    @Operation(summary = "One reaction by id", description = "Answers retired reactions too, so that links to them keep working.")
    @APIResponse(responseCode = "200", description = "The reaction.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReactionDocument.class)))
    @APIResponse(responseCode = "404", description = "No reaction has this id.")
    public RestResponse<ReactionDocument> get(
            @Parameter(description = "The reaction's slug.", example = "blinken-neutral-statement") @PathParam("id") String id) {
        Reaction reaction = finder.byId(id);
        return reaction == null ? RestResponse.notFound() : RestResponse.ok(ReactionDocument.of(reaction));
    }
}
