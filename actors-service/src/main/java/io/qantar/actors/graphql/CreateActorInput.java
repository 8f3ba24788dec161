package io.qantar.actors.graphql;

import io.qantar.actors.model.ActorKind;
import io.qantar.common.graphql.SourceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

/** A new actor. The shipped dataset is written in this shape too, so it passes the same checks. */
@Input("CreateActorInput")
@Description("A new actor.")
public class CreateActorInput extends ActorDetailsInput {

    @Id
    @NonNull
    @Description("Stable readable slug chosen by the client: lowercase letters, digits and single hyphens, at most 100 characters.")
    public String id;

    @NonNull
    @NotNull
    @Description("What sort of actor it is.")
    public ActorKind kind;

    @NonNull
    @NotBlank
    @Size(max = ActorLimits.NAME_LENGTH)
    @Description("The name it is best known by.")
    public String name;

    @NonNull
    @NotBlank
    @Size(max = ActorLimits.DESCRIPTION_LENGTH)
    @Description("Who or what it is, with the facts the sources state about it.")
    public String description;

    @NonNull
    @NotEmpty
    @Size(max = ActorLimits.SOURCES)
    @Description("Where the facts about it come from; at least one.")
    public List<@Valid @NonNull SourceInput> sources;
}
