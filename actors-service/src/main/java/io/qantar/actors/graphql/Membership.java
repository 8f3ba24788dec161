package io.qantar.actors.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("The membership of an actor in an organisation.")
public record Membership(
        @NonNull @Description("The organisation.") Actor organisation,
        @NonNull @Description("The actor that belongs to it.") Actor member,
        @Description("The member's role, e.g. \"member state\" or \"Central Asia correspondent\".") String role,
        @Description("The day the membership began, when known.") LocalDate since,
        @NonNull @Description("Whether the member contributed troops to the organisation's mission in the story.") boolean contributedTroops,
        @Description("Context from the sources.") String note) {
}
