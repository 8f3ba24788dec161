package io.qantar.events.graphql;

import io.qantar.common.graphql.SourceInput;
import io.qantar.events.model.DatePrecision;
import io.qantar.events.model.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("CreateEventInput")
@Description("A new event of the timeline, with at least one source.")
public class CreateEventInput extends EventDetailsInput {

    @Id
    @NotNull
    @Slug
    @Description("The id of the new event, a readable slug such as \"almaty-airport-seized\"; it must not be taken.")
    public String id;

    @NotBlank
    @Size(max = InputLimits.TITLE)
    @Description("A short headline.")
    public String title;

    @NotBlank
    @Size(max = InputLimits.SUMMARY)
    @Description("What happened, in a few sentences.")
    public String summary;

    @NotNull
    @Description("What kind of happening it is.")
    public EventType type;

    @NotNull
    @Description("When it happened or began; for a MONTH or YEAR precision the first day of it.")
    public LocalDate date;

    @NotNull
    @Description("How precisely the date is known.")
    public DatePrecision datePrecision;

    @NotEmpty
    @Size(max = InputLimits.SOURCES)
    @Description("Where the event is reported; at least one.")
    public List<@NotNull @Valid SourceInput> sources;
}
