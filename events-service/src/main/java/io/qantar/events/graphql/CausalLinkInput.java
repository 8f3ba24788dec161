package io.qantar.events.graphql;

import io.qantar.common.graphql.SourceInput;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CausalLinkInput")
@Description("A link from one existing event to another that it led to. Two events are linked at most once in each direction.")
public class CausalLinkInput {

    @Id
    @NotNull
    @Slug
    @Description("The id of the event that led to the other.")
    public String causeId;

    @Id
    @NotNull
    @Slug
    @Description("The id of the event it led to; not the cause itself.")
    public String effectId;

    @NotBlank
    @Size(max = InputLimits.LINK_DESCRIPTION)
    @Description("How the one led to the other.")
    public String description;

    @Size(max = InputLimits.CERTAINTY)
    @Description("How sure the source is of the link, in its own words where it hedges.")
    public String certainty;

    @Valid
    @Description("Where the link is made, when it is not the sources of the events themselves.")
    public SourceInput source;
}
