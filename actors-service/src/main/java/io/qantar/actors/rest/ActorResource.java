package io.qantar.actors.rest;

import io.qantar.actors.graphql.Actor;
import io.qantar.actors.model.ActorKind;
import io.qantar.actors.service.ActorQueries;
import io.qantar.actors.service.ActorRelations;
import io.qantar.common.graphql.PageRequest;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Actors over plain HTTP, for the other services of the suite: they check here that an actor id
 * exists before they store a reference to it.
 */
@Path("/api/actors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Actors", description = "People, states, organisations and groups.")
public class ActorResource {

    @Inject
    ActorQueries queries;

    @Inject
    ActorRelations relations;

    @GET
    @Path("/{id}")
    @Operation(summary = "One actor by id",
            description = "Retired actors are answered too, with retired=true, so that existing references stay valid.")
    @APIResponse(responseCode = "200", description = "The actor.",
            content = @Content(schema = @Schema(implementation = ActorDocument.class)))
    @APIResponse(responseCode = "404", description = "No actor has this id.",
            content = @Content(schema = @Schema(implementation = ErrorDocument.class)))
    public Response byId(@PathParam("id") @Parameter(description = "The actor's id, e.g. csto.") String id) {
        return queries.byId(id)
                .map(actor -> Response.ok(ActorDocument.of(actor, relations.aliases(List.of(id)).getOrDefault(id, List.of()))))
                .orElseGet(() -> Response.status(Response.Status.NOT_FOUND)
                        .entity(new ErrorDocument("actor '" + id + "' does not exist")))
                .build();
    }

    @GET
    @Operation(summary = "Actors by name",
            description = "The first actors that are not retired, ordered by name, optionally of one kind.")
    @APIResponse(responseCode = "200", description = "The actors.",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ActorDocument.class)))
    @APIResponse(responseCode = "400", description = "kind or first is invalid.",
            content = @Content(schema = @Schema(implementation = ErrorDocument.class)))
    public Response list(
            @QueryParam("kind") @Parameter(description = "Only actors of this kind.",
                    schema = @Schema(enumeration = {"PERSON", "STATE", "ORGANISATION", "GROUP"})) String kind,
            @QueryParam("first") @Parameter(description = "How many actors to return, 0 to 100; 20 when absent.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "0", maximum = "100")) String first) {
        // Both parameters are parsed here: a failed JAX-RS conversion of a query parameter would answer 404.
        Integer limit = parseLimit(first);
        if (limit == null) {
            return badRequest("first must be a whole number between 0 and " + PageRequest.MAX_SIZE + ", got '" + first + "'");
        }
        Optional<ActorKind> kindFilter = parseKind(kind);
        if (kind != null && !kind.isEmpty() && kindFilter.isEmpty()) {
            return badRequest("kind must be one of " + Arrays.toString(ActorKind.values()) + ", got '" + kind + "'");
        }
        List<Actor> actors = queries.firstOfKind(kindFilter.orElse(null), limit);
        Map<String, List<String>> aliases = relations.aliases(actors.stream().map(Actor::id).toList());
        return Response.ok(actors.stream()
                        .map(actor -> ActorDocument.of(actor, aliases.getOrDefault(actor.id(), List.of())))
                        .toList())
                .build();
    }

    private static Integer parseLimit(String first) {
        if (first == null || first.isEmpty()) {
            return PageRequest.DEFAULT_SIZE;
        }
        try {
            int limit = Integer.parseInt(first);
            return limit >= 0 && limit <= PageRequest.MAX_SIZE ? limit : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }

    private static Optional<ActorKind> parseKind(String kind) {
        return Arrays.stream(ActorKind.values()).filter(candidate -> candidate.name().equals(kind)).findFirst();
    }

    private static Response badRequest(String message) {
        return Response.status(Response.Status.BAD_REQUEST).entity(new ErrorDocument(message)).build();
    }
}
