package io.qantar.events.model;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** Where an event took place, stored in the event's row. */
@Embeddable
public class Location {

    @Column(name = "place_name", length = 200)
    public String name;

    @Column(name = "place_region", length = 200)
    public String region;

    /** ISO 3166-1 alpha-2 code. */
    @Column(name = "place_country", length = 2)
    public String country;

    @Column(name = "place_latitude")
    public Double latitude;

    @Column(name = "place_longitude")
    public Double longitude;
}
