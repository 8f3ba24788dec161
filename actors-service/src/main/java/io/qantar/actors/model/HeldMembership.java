package io.qantar.actors.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.time.LocalDate;

/** The membership of an actor in an organisation, stored with the member. */
@Embeddable
public class HeldMembership {

    /** The organisation; a foreign key to an actor of kind ORGANISATION. */
    @Column(name = "organisation_id", nullable = false, length = 100)
    public String organisationId;

    @Column(name = "role", length = 200)
    public String role;

    @Column(name = "since")
    public LocalDate since;

    @Column(name = "contributed_troops", nullable = false)
    public boolean contributedTroops;

    @Column(name = "note", length = 1000)
    public String note;
}
