package io.qantar.events.graphql;

import io.qantar.events.model.ParticipantRole;
import io.qantar.events.model.Participation;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An actor involved in an event, and how.")
public record Participant(
        // Nullable: resolved by actors-service, so its failure leaves the event standing.
        @Description("Who took part.") Actor actor,
        @NonNull @Description("The part the actor played.") ParticipantRole role,
        @Description("What the source says about the actor's part.") String note) {

    static Participant of(Participation participation) {
        return new Participant(new Actor(participation.actorId), participation.role, participation.note);
    }
}
