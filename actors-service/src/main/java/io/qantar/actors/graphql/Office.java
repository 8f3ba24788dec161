package io.qantar.actors.graphql;

import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("An office an actor holds or held.")
public record Office(
        @NonNull @Description("The office, e.g. \"President of Kazakhstan\".") String title,
        @Description("The state or organisation the office belongs to, when there is one.") Actor organisation,
        @Description("The day the actor took office, when known.") LocalDate startedOn,
        @Description("The day the actor left office, when known.") LocalDate endedOn,
        @NonNull @Description("Whether the actor still holds the office as far as the sources report.") boolean current,
        @Description("Context, e.g. how the office was lost or how a date was established.") String note) {
}
