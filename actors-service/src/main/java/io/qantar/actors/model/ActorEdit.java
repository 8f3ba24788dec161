package io.qantar.actors.model;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One write of an actor: when, by whom, what changed. Rows are only ever added. */
@Entity
@Table(name = "actor_edit")
public class ActorEdit extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "actor_id", nullable = false, length = 100)
    public String actorId;

    @Column(name = "edited_at", nullable = false)
    public Instant at;

    @Column(name = "edited_by", nullable = false, length = 200)
    public String by;

    @Column(name = "change", nullable = false, length = 1000)
    public String change;
}
