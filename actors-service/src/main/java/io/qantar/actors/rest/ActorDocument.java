package io.qantar.actors.rest;

import io.qantar.actors.graphql.Actor;
import io.qantar.actors.model.ActorKind;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor as the REST API returns it: enough for another service to check and label a reference. */
@Schema(name = "Actor", description = "A person, state, organisation or group that takes part in the story.")
public record ActorDocument(
        @Schema(description = "Stable readable slug.", examples = "kassym-jomart-tokayev", required = true) String id,
        @Schema(description = "What sort of actor it is.", required = true) ActorKind kind,
        @Schema(description = "The name it is best known by.", required = true) String name,
        @Schema(description = "Other names and spellings.", required = true) List<String> aliases,
        @Schema(description = "Who or what it is.", required = true) String description,
        @Schema(description = "ISO 3166-1 alpha-2 code of its country; null for international bodies and unknowns.") String country,
        @Schema(description = "Whether it was retired; a retired actor is still a valid reference.", required = true) boolean retired,
        @Schema(description = "Optimistic-locking version.", required = true) int version) {

    static ActorDocument of(Actor actor, List<String> aliases) {
        return new ActorDocument(actor.id(), actor.kind(), actor.name(), aliases, actor.description(),
                actor.country(), actor.retired(), actor.version());
    }
}
