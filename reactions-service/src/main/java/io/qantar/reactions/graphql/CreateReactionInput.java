package io.qantar.reactions.graphql;

import static io.qantar.reactions.graphql.TextRules.NOT_BLANK;
import static io.qantar.reactions.graphql.TextRules.NOT_BLANK_MESSAGE;

import io.qantar.common.graphql.SourceInput;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("CreateReactionInput")
@Description("A new reaction. The actor, the event and the reporting actor must exist in their services.")
public class CreateReactionInput {

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

    @Size(max = Reaction.DATE_NOTE_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("How the date was resolved, when the source gives it relatively.")
    public String dateNote;

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

    @Size(max = Reaction.QUOTE_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("The words quoted by the source, verbatim.")
    public String quote;

    @NonNull
    @NotNull
    @Valid
    @Description("Where the reaction is reported.")
    public SourceInput source;

    @Size(max = Reaction.REPORTED_THROUGH_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("The analyst, correspondent or outlet the reaction reaches the source through.")
    public String reportedThrough;

    @Id
    @Description("The same analyst, correspondent or outlet as an actor of the actors service.")
    public String reportedThroughActorId;
}
