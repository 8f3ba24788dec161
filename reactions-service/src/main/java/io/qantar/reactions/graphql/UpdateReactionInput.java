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
public class UpdateReactionInput extends ReactionDetailsInput {

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

    @Description("Whether it was said, done, reported or an analysis.")
    public ReactionKind kind;

    @Description("The position taken towards the event.")
    public Stance stance;

    @Size(max = Reaction.SUMMARY_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("What was said or done, in a sentence or two.")
    public String summary;

    @Valid
    @Description("Where the reaction is reported; replaces the whole source.")
    public SourceInput source;

    @Description("Optional fields to remove. A field cannot be both given a value and cleared in one update.")
    public List<@NotNull ReactionOptionalField> clear;
}
