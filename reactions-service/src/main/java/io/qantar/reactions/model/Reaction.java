package io.qantar.reactions.model;

import io.qantar.common.graphql.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * Who said or did what about which event. The actor and event live in other services, so they are
 * held as ids; the service checks them with their owners before every write.
 */
@Entity
@Table(name = "reaction")
public class Reaction extends PanacheEntityBase {

    public static final int DATE_NOTE_MAX = 500;
    public static final int SUMMARY_MAX = 2000;
    public static final int QUOTE_MAX = 1000;
    public static final int REPORTED_THROUGH_MAX = 300;

    @Id
    @Column(length = 100)
    public String id;

    @Version
    public long version;

    @Column(nullable = false)
    public boolean retired;

    @Column(name = "created_at", nullable = false)
    public OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    public OffsetDateTime updatedAt;

    @Column(name = "actor_id", length = 100, nullable = false)
    public String actorId;

    @Column(name = "event_id", length = 100, nullable = false)
    public String eventId;

    @Column(name = "reaction_date", nullable = false)
    public LocalDate date;

    @Column(name = "date_note", length = DATE_NOTE_MAX)
    public String dateNote;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public ReactionKind kind;

    @Enumerated(EnumType.STRING)
    @Column(length = 20, nullable = false)
    public Stance stance;

    @Column(length = SUMMARY_MAX, nullable = false)
    public String summary;

    @Column(length = QUOTE_MAX)
    public String quote;

    @Embedded
    public Source source;

    @Column(name = "reported_through", length = REPORTED_THROUGH_MAX)
    public String reportedThrough;

    @Column(name = "reported_through_actor_id", length = 100)
    public String reportedThroughActorId;

    @PrePersist
    void stampCreation() {
        createdAt = now();
        updatedAt = createdAt;
    }

    @PreUpdate
    void stampUpdate() {
        updatedAt = now();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC);
    }
}
