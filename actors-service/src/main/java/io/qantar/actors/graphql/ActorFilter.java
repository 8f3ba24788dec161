package io.qantar.actors.graphql;

import io.qantar.actors.model.ActorKind;
import io.qantar.actors.model.CountryCode;
import java.util.List;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("ActorFilter")
@Description("Narrows a list of actors; criteria combine with AND.")
public class ActorFilter {

    @Description("Only actors of one of these kinds; empty or absent for any kind.")
    public List<@NonNull ActorKind> kinds;

    @CountryCode
    @Description("Only actors of this country (ISO 3166-1 alpha-2, e.g. \"KZ\").")
    public String country;

    @Id
    @Description("Only members of this organisation.")
    public String memberOf;

    @DefaultValue("false")
    @Description("Whether retired actors are listed too.")
    public boolean includeRetired;
}
