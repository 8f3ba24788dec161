package io.qantar.events.graphql;

import io.qantar.events.model.ParticipantRole;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("ParticipantInput")
@Description("An actor involved in an event. The actor must exist in the actors subgraph.")
public class ParticipantInput {

    @Id
    @NotNull
    @Slug
    @Description("The id of the actor.")
    public String actorId;

    @NotNull
    @Description("The part the actor played.")
    public ParticipantRole role;

    @Size(max = InputLimits.NOTE)
    @Description("What the source says about the actor's part.")
    public String note;
}
