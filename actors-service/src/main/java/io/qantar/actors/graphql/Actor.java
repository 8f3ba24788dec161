package io.qantar.actors.graphql;

import io.qantar.actors.model.ActorEntity;
import io.qantar.actors.model.ActorKind;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An actor as the graph publishes it. Only its own columns live here; the lists hanging off it
 * (aliases, sources, offices, memberships) are resolved in batches by {@link ActorFieldsApi}.
 */
@Key(fields = @FieldSet("id"))
@Description("A person, state, organisation or group that takes part in the story.")
public record Actor(
        @Id @NonNull @Description("Stable readable slug, e.g. \"kassym-jomart-tokayev\".") String id,
        @NonNull @Description("What sort of actor it is.") ActorKind kind,
        @NonNull @Description("The name it is best known by.") String name,
        @NonNull @Description("Who or what it is, with the facts the sources state about it.") String description,
        @Description("ISO 3166-1 alpha-2 code of the country it belongs to; a state's own code. Null for international bodies and unknowns.") String country,
        @NonNull @Description("Whether it was retired: hidden from lists and searches, still answered by id.") boolean retired,
        @NonNull @Description("Optimistic-locking version; pass it back in an update to refuse stale writes.") int version) {

    public static Actor of(ActorEntity entity) {
        return new Actor(entity.id, entity.kind, entity.name, entity.description, entity.country,
                entity.retired, Math.toIntExact(entity.version));
    }
}
