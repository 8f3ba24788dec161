package io.qantar.events.graphql;

import io.qantar.events.model.EventType;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;

@Input("EventFilter")
@Description("Which events of the timeline to list; every condition given must hold.")
public class EventFilter {

    @Description("Only events still going on at or after this day.")
    public LocalDate from;

    @Description("Only events begun at or before this day; not before `from`.")
    public LocalDate to;

    @Description("Only events of these types; an empty list means any type.")
    public List<@NotNull EventType> types;

    @Size(max = InputLimits.NAME)
    @Description("Only events whose place name or region contains this text, ignoring case, e.g. \"Almaty\".")
    public String place;

    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals, e.g. KZ")
    @Description("Only events in this country, by ISO 3166-1 alpha-2 code, e.g. \"KZ\".")
    public String country;

    @Id
    @Slug
    @Description("Only events this actor took part in, in any role.")
    public String actorId;

    @DefaultValue("false")
    @Description("Whether to list retired events too.")
    public Boolean includeRetired;
}
