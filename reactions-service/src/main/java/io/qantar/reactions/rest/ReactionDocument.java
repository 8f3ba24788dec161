package io.qantar.reactions.rest;

import io.qantar.common.graphql.Source;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A reaction as the REST API returns it; actors and events are given by id. */
@Schema(name = "Reaction", description = "Who said or did what about an event, when, and through whom it is reported.")
public record ReactionDocument(
        @Schema(description = "The reaction's slug.", example = "blinken-neutral-statement") String id,
        @Schema(description = "Who reacted: an actor id of the actors service.") String actorId,
        @Schema(description = "The event reacted to: an event id of the events service.") String eventId,
        @Schema(description = "The day of the reaction.") LocalDate date,
        @Schema(description = "How the date was resolved, when the source gives it relatively.") String dateNote,
        @Schema(description = "Whether it was said, done, reported or an analysis.") ReactionKind kind,
        @Schema(description = "The position taken towards the event.") Stance stance,
        @Schema(description = "What was said or done.") String summary,
        @Schema(description = "The words quoted by the source, verbatim.") String quote,
        @Schema(description = "Where the reaction is reported.") SourceDocument source,
        @Schema(description = "The analyst, correspondent or outlet the reaction reaches the source through.") String reportedThrough,
        @Schema(description = "The same, as an actor id of the actors service.") String reportedThroughActorId,
        @Schema(description = "Whether the reaction was withdrawn from lists.") boolean retired,
        @Schema(description = "Incremented on every change.") long version) {

    static ReactionDocument of(Reaction reaction) {
        return new ReactionDocument(reaction.id, reaction.actorId, reaction.eventId, reaction.date, reaction.dateNote,
                reaction.kind, reaction.stance, reaction.summary, reaction.quote, SourceDocument.of(reaction.source),
                reaction.reportedThrough, reaction.reportedThroughActorId, reaction.retired, reaction.version);
    }

    @Schema(name = "Source", description = "Where a fact comes from.")
    public record SourceDocument(
            @Schema(description = "The outlet that published it.") String outlet,
            @Schema(description = "The headline of the article or report.") String title,
            @Schema(description = "Where to read it.") String url,
            @Schema(description = "The day it was published.") LocalDate publishedOn,
            @Schema(description = "The reporter, correspondent or analyst behind it.") String author,
            @Schema(description = "The person quoted, where there is one.") String quotedPerson) {

        static SourceDocument of(Source source) {
            return new SourceDocument(source.outlet, source.title, source.url, source.publishedOn, source.author,
                    source.quotedPerson);
        }
    }
}
