package io.qantar.events.graphql;

import io.qantar.events.model.Location;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

@Description("Where an event took place.")
public record Place(
        @NonNull @Description("The name of the place: a city, a site such as an airport, or a whole country.") String name,
        @Description("The region or province, where the place lies in one.") String region,
        @NonNull @Description("ISO 3166-1 alpha-2 code of the country, e.g. \"KZ\".") String country,
        @Description("Latitude in degrees, where the place is precise enough to have one.") Double latitude,
        @Description("Longitude in degrees, where the place is precise enough to have one.") Double longitude) {

    static Place of(Location location) {
        if (location == null || location.name == null) {
            return null;
        }
        return new Place(location.name, location.region, location.country, location.latitude, location.longitude);
    }
}
