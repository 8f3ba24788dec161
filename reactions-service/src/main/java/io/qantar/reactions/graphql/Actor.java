package io.qantar.reactions.graphql;

import io.smallrye.graphql.api.federation.Key;
import io.smallrye.graphql.api.federation.FieldSet;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The actors service owns actors; this subgraph knows only their key and adds {@code reactions}.
 * Equality on the key lets a batch of parents with repeated actors ask for each actor once.
 * Descriptions match the owner's, so that the composed schema reads as one.
 */
@Key(fields = @FieldSet("id"))
@Description("A person, state, organisation or group that takes part in the story.")
public final class Actor {

    private final String id;

    public Actor(String id) {
        this.id = Objects.requireNonNull(id);
    }

    @Id
    @NonNull
    @Description("Stable readable slug, e.g. \"kassym-jomart-tokayev\".")
    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Actor that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
