package io.qantar.reactions.graphql;

import io.qantar.common.graphql.SourceInput;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateReactionInput")
@Description("A new reaction. The actor, the event and the reporting actor must exist in their services.")
public class CreateReactionInput extends ReactionDetailsInput {

    @Id
    @NonNull
    @Description("The new reaction's slug: lowercase letters, digits and single hyphens, at most 100 characters.")
    public String id;

    @Id
    @NonNull
    @Description("Who reacted: an actor of the actors service.")
    public String actorId;

    @Id
    @NonNull
    @Description("The event reacted to: an event of the events service.")
    public String eventId;

    @NonNull
    @NotNull
    @Description("The day of the reaction.")
    public LocalDate date;

    @NonNull
    @NotNull
    @Description("Whether it was said, done, reported or an analysis.")
    public ReactionKind kind;

    @NonNull
    @NotNull
    @Description("The position taken towards the event.")
    public Stance stance;

    @NonNull
    @NotBlank
    @Size(max = Reaction.SUMMARY_MAX)
    @Description("What was said or done, in a sentence or two.")
    public String summary;

    @NonNull
    @NotNull
    @Valid
    @Description("Where the reaction is reported.")
    public SourceInput source;
}
