package io.qantar.reactions.dataset;

import io.qantar.common.graphql.Source;
import io.qantar.common.graphql.SourceInput;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import java.time.LocalDate;

/** One reaction as written in the shipped dataset file. */
public record ReactionRecord(
        String id,
        String actorId,
        String eventId,
        LocalDate date,
        String dateNote,
        ReactionKind kind,
        Stance stance,
        String summary,
        String quote,
        SourceInput source,
        String reportedThrough,
        String reportedThroughActorId) {

    Reaction toEntity() {
        Reaction reaction = new Reaction();
        reaction.id = id;
        reaction.actorId = actorId;
        reaction.eventId = eventId;
        reaction.date = date;
        reaction.dateNote = dateNote;
        reaction.kind = kind;
        reaction.stance = stance;
        reaction.summary = summary;
        reaction.quote = quote;
        reaction.source = Source.from(source);
        reaction.reportedThrough = reportedThrough;
        reaction.reportedThroughActorId = reportedThroughActorId;
        return reaction;
    }
}
