package io.qantar.events.model;

import io.qantar.common.graphql.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.CreationTimestamp;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.annotations.UpdateTimestamp;
import org.hibernate.type.SqlTypes;

/**
 * An event of the timeline. Its participants, figures and sources are values owned by the event
 * (replaced as a whole on update); causal links between events are {@link CausalLinkEntity} rows.
 */
@Entity
@Table(name = "event")
public class EventEntity extends PanacheEntityBase {

    @Id
    @Column(name = "id", length = 100)
    public String id;

    @Version
    @Column(name = "version", nullable = false)
    public long version;

    @Column(name = "retired", nullable = false)
    public boolean retired;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;

    @UpdateTimestamp
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "title", length = 300, nullable = false)
    public String title;

    @Column(name = "summary", length = 4000, nullable = false)
    public String summary;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "event_type", length = 30, nullable = false)
    public EventType type;

    /** The start; for a MONTH or YEAR precision the first day of it. */
    @Column(name = "event_date", nullable = false)
    public LocalDate date;

    @Column(name = "end_date")
    public LocalDate endDate;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "date_precision", length = 10, nullable = false)
    public DatePrecision datePrecision;

    @Column(name = "date_note", length = 1000)
    public String dateNote;

    @Embedded
    public Location place;

    @ElementCollection
    @CollectionTable(name = "event_participant", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Participation> participants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_figure", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<ReportedFigure> figures = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "event_source", joinColumns = @JoinColumn(name = "event_id"))
    @OrderColumn(name = "position")
    public List<Source> sources = new ArrayList<>();
}
