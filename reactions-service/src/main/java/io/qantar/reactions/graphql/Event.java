package io.qantar.reactions.graphql;

import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import java.util.Objects;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The events service owns events; this subgraph knows only their key and adds {@code reactions}.
 * Equality on the key lets a batch of parents with repeated events ask for each event once.
 * Descriptions match the owner's, so that the composed schema reads as one.
 */
@Key(fields = @FieldSet("id"))
@Description("Something that happened, placed on the timeline with the actors involved, the numbers reported and its sources.")
public final class Event {

    private final String id;

    public Event(String id) {
        this.id = Objects.requireNonNull(id);
    }

    @Id
    @NonNull
    @Description("The event's id, a readable slug such as \"csto-peacekeepers-arrive\".")
    public String getId() {
        return id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Event that && id.equals(that.id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }
}
