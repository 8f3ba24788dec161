package io.qantar.events.graphql;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Input;

@Input("PlaceInput")
@Description("Where an event took place. Latitude and longitude go together.")
public class PlaceInput {

    @NotBlank
    @Size(max = InputLimits.NAME)
    @Description("The name of the place: a city, a site such as an airport, or a whole country.")
    public String name;

    @Size(max = InputLimits.NAME)
    @Description("The region or province.")
    public String region;

    @NotNull
    @Pattern(regexp = "[A-Z]{2}", message = "must be an ISO 3166-1 alpha-2 code in capitals, e.g. KZ")
    @Description("ISO 3166-1 alpha-2 code of the country, e.g. \"KZ\".")
    public String country;

    @DecimalMin("-90")
    @DecimalMax("90")
    @Description("Latitude in degrees, from -90 to 90.")
    public Double latitude;

    @DecimalMin("-180")
    @DecimalMax("180")
    @Description("Longitude in degrees, from -180 to 180.")
    public Double longitude;
}
