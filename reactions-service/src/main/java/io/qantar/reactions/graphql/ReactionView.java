package io.qantar.reactions.graphql;

import io.qantar.common.graphql.Source;
import io.qantar.reactions.model.Reaction;
import io.qantar.reactions.model.ReactionKind;
import io.qantar.reactions.model.Stance;
import io.smallrye.graphql.api.federation.FieldSet;
import io.smallrye.graphql.api.federation.Key;
import java.time.LocalDate;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A reaction as the graph publishes it: a snapshot of the stored record taken inside the
 * transaction that read it, so resolving its fields never touches the database again.
 * Named with {@code @Name} rather than {@code @Type}: SmallRye resolves federated entities by that name.
 */
@Name("Reaction")
@Key(fields = @FieldSet("id"))
@Description("Who said or did what about an event, when, and through whom it is reported.")
public final class ReactionView {

    private final String id;
    private final String actorId;
    private final String eventId;
    private final LocalDate date;
    private final String dateNote;
    private final ReactionKind kind;
    private final Stance stance;
    private final String summary;
    private final String quote;
    private final Source source;
    private final String reportedThrough;
    private final String reportedThroughActorId;
    private final boolean retired;
    private final int version;

    private ReactionView(Reaction reaction) {
        this.id = reaction.id;
        this.actorId = reaction.actorId;
        this.eventId = reaction.eventId;
        this.date = reaction.date;
        this.dateNote = reaction.dateNote;
        this.kind = reaction.kind;
        this.stance = reaction.stance;
        this.summary = reaction.summary;
        this.quote = reaction.quote;
        this.source = reaction.source;
        this.reportedThrough = reaction.reportedThrough;
        this.reportedThroughActorId = reaction.reportedThroughActorId;
        this.retired = reaction.retired;
        this.version = Math.toIntExact(reaction.version);
    }

    public static ReactionView of(Reaction reaction) {
        return reaction == null ? null : new ReactionView(reaction);
    }

    @Id
    @NonNull
    @Description("The reaction's stable slug, e.g. \"blinken-neutral-statement\".")
    public String getId() {
        return id;
    }

    // Nullable: resolved by actors-service, so its failure leaves the reaction standing (docs/conventions.md).
    @Description("Who reacted.")
    public Actor getActor() {
        return new Actor(actorId);
    }

    // Nullable: resolved by events-service, so its failure leaves the reaction standing.
    @Description("The event reacted to.")
    public Event getEvent() {
        return new Event(eventId);
    }

    @NonNull
    @Description("The day of the reaction; for a report or analysis not dated by its source, the day it was published.")
    public LocalDate getDate() {
        return date;
    }

    @Description("How the date was resolved when the source gives it relatively, e.g. \"'tonight' in an article of Thu 6 Jan 2022\".")
    public String getDateNote() {
        return dateNote;
    }

    @NonNull
    @Description("Whether the reaction was said, done, reported or an analysis.")
    public ReactionKind getKind() {
        return kind;
    }

    @NonNull
    @Description("The position the reaction takes towards the event.")
    public Stance getStance() {
        return stance;
    }

    @NonNull
    @Description("What was said or done, in a sentence or two.")
    public String getSummary() {
        return summary;
    }

    @Description("The words quoted by the source, verbatim; null when the source paraphrases.")
    public String getQuote() {
        return quote;
    }

    @NonNull
    @Description("Where the reaction is reported.")
    public Source getSource() {
        return source;
    }

    @Description("The analyst, correspondent or outlet the reaction reaches the source through, e.g. \"Dmitri Trenin, director of the Carnegie Moscow Center\".")
    public String getReportedThrough() {
        return reportedThrough;
    }

    @Description("The analyst, correspondent or outlet the reaction reaches the source through, as an actor.")
    public Actor getReportedThroughActor() {
        return reportedThroughActorId == null ? null : new Actor(reportedThroughActorId);
    }

    @NonNull
    @Description("Whether the reaction was withdrawn from lists; still answered by id.")
    public boolean isRetired() {
        return retired;
    }

    @NonNull
    @Description("Incremented on every change; send it back as `version` in an update to refuse overwriting someone else's change.")
    public int getVersion() {
        return version;
    }
}
