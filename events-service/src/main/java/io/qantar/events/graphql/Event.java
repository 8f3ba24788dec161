package io.qantar.events.graphql;

import io.qantar.events.model.DatePrecision;
import io.qantar.events.model.EventEntity;
import io.qantar.events.model.EventType;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * An event's own facts. Its participants, figures, sources and causal links are resolved in
 * batches by {@link EventRelations}, so a page of events costs one query per relation.
 */
@Key(fields = @FieldSet("id"))
@Description("Something that happened, placed on the timeline with the actors involved, the numbers reported and its sources.")
public record Event(
        @Id @NonNull @Description("The event's id, a readable slug such as \"csto-peacekeepers-arrive\".") String id,
        @NonNull @Description("A short headline.") String title,
        @NonNull @Description("What happened, in a few sentences.") String summary,
        @NonNull @Description("What kind of happening it is.") EventType type,
        @NonNull @Description("When it happened or began; for a MONTH or YEAR precision the first day of it.") LocalDate date,
        @Description("When it ended, for an event that spans several days.") LocalDate endDate,
        @NonNull @Description("How precisely the date is known.") DatePrecision datePrecision,
        @Description("How the date was established, e.g. how a relative date such as \"this weekend\" was resolved.") String dateNote,
        @Description("Where it happened, when the source says.") Place place,
        @Description("Whether the event was retired: hidden from lists, still answered by id.") boolean retired,
        @Description("The revision of the event, raised by every change; pass it to updateEvent to detect concurrent edits.") int version) {

    public static Event of(EventEntity entity) {
        return new Event(entity.id, entity.title, entity.summary, entity.type, entity.date, entity.endDate,
                entity.datePrecision, entity.dateNote, Place.of(entity.place), entity.retired,
                Math.toIntExact(entity.version));
    }
}
