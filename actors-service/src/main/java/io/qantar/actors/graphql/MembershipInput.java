package io.qantar.actors.graphql;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.DefaultValue;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

@Input("MembershipInput")
@Description("The membership of the actor in an organisation.")
public class MembershipInput {

    @Id
    @NonNull
    @Description("Id of the organisation; it must exist and be of kind ORGANISATION.")
    public String organisationId;

    @Size(max = 200)
    @Description("The member's role, e.g. \"member state\".")
    public String role;

    @Description("The day the membership began, when known.")
    public LocalDate since;

    @DefaultValue("false")
    @Description("Whether the member contributed troops to the organisation's mission in the story.")
    public boolean contributedTroops;

    @Size(max = 1000)
    @Description("Context from the sources.")
    public String note;
}
