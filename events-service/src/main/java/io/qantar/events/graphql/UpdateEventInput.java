package io.qantar.events.graphql;

import io.qantar.common.graphql.SourceInput;
import io.qantar.events.model.DatePrecision;
import io.qantar.events.model.EventType;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("UpdateEventInput")
@Description("Changes to an event: a field left out stays as it is, a list given replaces the stored one.")
public class UpdateEventInput extends EventDetailsInput {

    @PositiveOrZero
    @Description("The version the change is based on; when the event has moved on since, the update fails with CONFLICT.")
    public Integer version;

    @Pattern(regexp = InputLimits.HAS_TEXT, message = "must not be blank")
    @Size(max = InputLimits.TITLE)
    @Description("A short headline.")
    public String title;

    @Pattern(regexp = InputLimits.HAS_TEXT, message = "must not be blank")
    @Size(max = InputLimits.SUMMARY)
    @Description("What happened, in a few sentences.")
    public String summary;

    @Description("What kind of happening it is.")
    public EventType type;

    @Description("When it happened or began; for a MONTH or YEAR precision the first day of it.")
    public LocalDate date;

    @Description("How precisely the date is known.")
    public DatePrecision datePrecision;

    @Size(min = 1, max = InputLimits.SOURCES)
    @Description("Where the event is reported; at least one.")
    public List<@NotNull @Valid SourceInput> sources;

    @Description("Optional fields to remove. A field cannot be both given a value and cleared in one update.")
    public List<@NotNull EventOptionalField> clear;
}
