package io.qantar.actors.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** An office an actor holds or held, stored with the actor that holds it. */
@Embeddable
public class HeldOffice {

    @Column(name = "title", nullable = false, length = 200)
    public String title;

    /** The state or organisation the office belongs to; a foreign key to another actor. */
    @Column(name = "organisation_id", length = 100)
    public String organisationId;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(name = "is_current", nullable = false)
    public boolean current;

    @Column(name = "note", length = 1000)
    public String note;
}
