package io.qantar.actors.graphql;

import io.qantar.actors.model.ActorKind;
import io.qantar.common.graphql.SourceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** Changes to an actor. A field left out (or null) keeps its value; a list given replaces the whole list. */
@Input("UpdateActorInput")
@Description("Changes to an actor: fields left out keep their value; a list given replaces the whole list.")
public class UpdateActorInput extends ActorDetailsInput {

    @Min(0)
    @Description("The version the change is based on; the update is refused with CONFLICT when the actor has moved on.")
    public Integer version;

    @Description("What sort of actor it is. An organisation that has members stays an organisation.")
    public ActorKind kind;

    @Size(max = ActorLimits.NAME_LENGTH)
    @Pattern(regexp = ActorLimits.NOT_BLANK, message = "must not be blank")
    @Description("The name it is best known by.")
    public String name;

    @Size(max = ActorLimits.DESCRIPTION_LENGTH)
    @Pattern(regexp = ActorLimits.NOT_BLANK, message = "must not be blank")
    @Description("Who or what it is, with the facts the sources state about it.")
    public String description;

    @Size(min = 1, max = ActorLimits.SOURCES)
    @Description("Where the facts about it come from; at least one when given.")
    public List<@Valid @NonNull SourceInput> sources;

    @Description("Optional fields to remove. A field cannot be both given a value and cleared in one update.")
    public List<@NonNull ActorOptionalField> clear;
}
