package io.qantar.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An actor's part in an event. The actor lives in actors-service; only its id is kept here. */
@Embeddable
public class Participation {

    @Column(name = "actor_id", length = 100, nullable = false)
    public String actorId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "role", length = 30, nullable = false)
    public ParticipantRole role;

    @Column(name = "note", length = 1000)
    public String note;
}
