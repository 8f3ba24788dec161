package io.qantar.reactions.graphql;

import static io.qantar.reactions.graphql.TextRules.NOT_BLANK;
import static io.qantar.reactions.graphql.TextRules.NOT_BLANK_MESSAGE;

import io.qantar.reactions.model.Reaction;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;

/**
 * The fields of a reaction that are optional both when it is created and when it is updated: the ones an
 * update can also clear ({@link ReactionOptionalField}).
 */
public abstract class ReactionDetailsInput {

    @Size(max = Reaction.DATE_NOTE_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("How the date was resolved, when the source gives it relatively.")
    public String dateNote;

    @Size(max = Reaction.QUOTE_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("The words quoted by the source, verbatim.")
    public String quote;

    @Size(max = Reaction.REPORTED_THROUGH_MAX)
    @Pattern(regexp = NOT_BLANK, message = NOT_BLANK_MESSAGE)
    @Description("The analyst, correspondent or outlet the reaction reaches the source through.")
    public String reportedThrough;

    @Id
    @Description("The same analyst, correspondent or outlet as an actor of the actors service.")
    public String reportedThroughActorId;
}
