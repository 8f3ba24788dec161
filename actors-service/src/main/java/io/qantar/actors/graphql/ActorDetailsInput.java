package io.qantar.actors.graphql;

import io.qantar.actors.model.CountryCode;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * The fields of an actor that are optional both when it is created and when it is updated.
 * On update, a list given replaces the stored one and a field left out stays as it is.
 */
public abstract class ActorDetailsInput {

    @Size(max = ActorLimits.ALIASES)
    @Description("Other names and spellings, each at most 200 characters.")
    public List<@NonNull String> aliases;

    @CountryCode
    @Description("ISO 3166-1 alpha-2 code of the country it belongs to, e.g. \"KZ\".")
    public String country;

    @Size(max = ActorLimits.OFFICES)
    @Description("Offices it holds or held.")
    public List<@Valid @NonNull OfficeInput> offices;

    @Size(max = ActorLimits.MEMBERSHIPS)
    @Description("Organisations it belongs to.")
    public List<@Valid @NonNull MembershipInput> memberships;
}
