package io.qantar.events.model;

import io.qantar.common.graphql.Source;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.CreationTimestamp;

/** "cause led to effect": at most one link per ordered pair of events. */
@Entity
@Table(name = "causal_link")
@IdClass(CausalLinkKey.class)
public class CausalLinkEntity extends PanacheEntityBase {

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "cause_id")
    public EventEntity cause;

    @Id
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "effect_id")
    public EventEntity effect;

    @Column(name = "description", length = 2000, nullable = false)
    public String description;

    /** How sure the source is of the link, in its own words where it hedges ("perhaps"). */
    @Column(name = "certainty", length = 200)
    public String certainty;

    @Embedded
    public Source source;

    @CreationTimestamp
    @Column(name = "created_at", nullable = false, updatable = false)
    public Instant createdAt;
}
