package io.qantar.events.graphql;

import io.qantar.common.graphql.SourceInput;
import io.qantar.events.model.FigureQualifier;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("FigureInput")
@Description("A number reported about an event. A VAGUE figure has no value; every other qualifier needs one.")
public class FigureInput {

    @NotBlank
    @Size(max = InputLimits.NAME)
    @Description("What was counted, e.g. \"people arrested\".")
    public String measure;

    @PositiveOrZero
    @Description("The number; leave it out for a VAGUE figure.")
    public Integer value;

    @NotNull
    @Description("How the number is hedged in the source.")
    public FigureQualifier qualifier;

    @NotBlank
    @Size(max = InputLimits.FIGURE_TEXT)
    @Description("The figure as reported, e.g. \"more than 2,000\".")
    public String text;

    @NotBlank
    @Size(max = InputLimits.ATTRIBUTION)
    @Description("Whose figure it is, in the source's words, e.g. \"according to the government\".")
    public String attribution;

    @Id
    @Slug
    @Description("The id of the actor the figure is attributed to; it must exist in the actors subgraph.")
    public String reportedById;

    @NotNull
    @Valid
    @Description("Where the figure was published.")
    public SourceInput source;
}
