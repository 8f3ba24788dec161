package io.qantar.reactions.graphql;

import static io.qantar.reactions.graphql.TextRules.NOT_BLANK;
import static io.qantar.reactions.graphql.TextRules.NOT_BLANK_MESSAGE;

import io.qantar.common.graphql.SourceInput;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdateReactionInput")
@Description("Changes to a reaction; absent fields stay as they are. Changed actor and event ids must exist in their services.")
public class UpdateReactionInput {

    @PositiveOrZero
    @Description("The version the change is based on; when the reaction has changed since, the update is refused with CONFLICT.")
    public Integer version;

    @Id
    @Description("Who reacted.")
    public String actorId;

    @Id
    @Description("The event reacted to.")
    public String eventId;

    @Description("The day of the reaction.")
    public LocalDate date;

    @Size(max = Reaction.DATE_NOTE_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("How the date was resolved, when the source gives it relatively.")
    public String dateNote;

    @Description("Whether it was said, done, reported or an analysis.")
    public ReactionKind kind;

    @Description("The position taken towards the event.")
    public Stance stance;

    @Size(max = Reaction.SUMMARY_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("What was said or done, in a sentence or two.")
    public String summary;

    @Size(max = Reaction.QUOTE_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("The words quoted by the source, verbatim.")
    public String quote;

    @Valid
    @Description("Where the reaction is reported; replaces the whole source.")
    public SourceInput source;

    @Size(max = Reaction.REPORTED_THROUGH_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("The analyst, correspondent or outlet the reaction reaches the source through.")
    public String reportedThrough;

    @Id
    @Description("The same analyst, correspondent or outlet as an actor of the actors service.")
    public String reportedThroughActorId;

    @Description("Optional fields to remove. A field cannot be both given a value and cleared in one update.")
    public List<@NotNull ReactionOptionalField> clear;
}
