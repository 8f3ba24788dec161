package io.qantar.common.graphql;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("SourceInput")
@Description("Where a fact comes from.")
public class SourceInput {

    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("The outlet that published it.")
    public String outlet;

    @Size(max = 500)
    @Description("The headline of the article or report.")
    public String title;

    @Size(max = 1000)
    @Pattern(regexp = "https?://\\S+", message = "must be an http or https URL")
    @Description("Where to read it.")
    public String url;

    @Description("The day it was published.")
    public LocalDate publishedOn;

    @Size(max = 200)
    @Description("The reporter, correspondent or analyst behind it.")
    public String author;

    @Size(max = 200)
    @Description("The person quoted for this fact, where there is one.")
    public String quotedPerson;
}
