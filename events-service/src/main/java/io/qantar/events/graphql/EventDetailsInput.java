package io.qantar.events.graphql;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;

/**
 * The fields of an event that are optional both when it is created and when it is updated.
 * On update, a list given replaces the stored one and a field left out stays as it is.
 */
public abstract class EventDetailsInput {

    @Description("When the event ended, for one that spans several days; not before `date`.")
    public LocalDate endDate;

    @Size(max = InputLimits.DATE_NOTE)
    @Description("How the date was established, e.g. how a relative date such as \"this weekend\" was resolved.")
    public String dateNote;

    @Valid
    @Description("Where it happened.")
    public PlaceInput place;

    @Size(max = InputLimits.LIST)
    @Description("The actors involved, each actor at most once in each role.")
    public List<@NotNull @Valid ParticipantInput> participants;

    @Size(max = InputLimits.LIST)
    @Description("The numbers reported about the event.")
    public List<@NotNull @Valid FigureInput> figures;
}
