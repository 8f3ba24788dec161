package io.qantar.events.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The reference to an actor of actors-service, which owns the rest of its fields and the
 * descriptions repeated here (so the composed schema reads as one). Equal by id, so that a batch
 * of references to the same actor is resolved once.
 */
@Key(fields = @FieldSet("id"))
@Description("A person, state, organisation or group that takes part in the story.")
public record Actor(
        @Id @NonNull @Description("Stable readable slug, e.g. \"kassym-jomart-tokayev\".") String id) {
}
