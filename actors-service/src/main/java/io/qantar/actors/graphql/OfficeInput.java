package io.qantar.actors.graphql;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("OfficeInput")
@Description("An office the actor holds or held.")
public class OfficeInput {

    @NonNull
    @NotBlank
    @Size(max = 200)
    @Description("The office, e.g. \"Secretary General\".")
    public String title;

    @Id
    @Description("Id of the state or organisation the office belongs to; it must exist.")
    public String organisationId;

    @Description("The day the actor took office, when known.")
    public LocalDate startedOn;

    @Description("The day the actor left office, when known; not before startedOn.")
    public LocalDate endedOn;

    @Description("Whether the actor still holds the office; defaults to true unless endedOn is given, and cannot be true when it is.")
    public Boolean current;

    @Size(max = 1000)
    @Description("Context, e.g. how the office was lost or how a date was established.")
    public String note;
}
