package nl.hecht.directory.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;

import nl.hecht.directory.LocationDetails;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A location of an organisation as typed: address, postal code, city, neighbourhood, the point (latitude and
 * longitude as text, so a wrong value comes back as typed) and its accessibility.
 */
record LocationForm(@NotBlank(message = "{location.error.name}") String name, String address,
        @Pattern(regexp = "\\s*([1-9][0-9]{3} ?[A-Za-z]{2})?\\s*", message = "{location.error.postal-code}") String postalCode,
        String city, String neighbourhood,
        @Pattern(regexp = "\\s*(-?\\d{1,2}([.,]\\d+)?)?\\s*", message = "{location.error.point}") String latitude,
        @Pattern(regexp = "\\s*(-?\\d{1,3}([.,]\\d+)?)?\\s*", message = "{location.error.point}") String longitude,
        Boolean wheelchairAccessible, String accessibility, Long version) {

    LocationForm {
        wheelchairAccessible = Boolean.TRUE.equals(wheelchairAccessible);
    }

    static LocationForm empty() {
        return new LocationForm(null, null, null, null, null, null, null, false, null, null);
    }

    static LocationForm of(LocationDetails details, Long version) {
        return new LocationForm(details.name(), details.address(), details.postalCode(), details.city(),
                details.neighbourhood() == null ? null : details.neighbourhood().value(),
                details.latitude() == null ? null : details.latitude().toString(),
                details.longitude() == null ? null : details.longitude().toString(), details.wheelchairAccessible(),
                details.accessibility(), version);
    }

    LocationDetails toDetails() {
        return new LocationDetails(name, address, postalCode, city,
                neighbourhood == null || neighbourhood.isBlank() ? null : new NeighbourhoodCode(neighbourhood.strip()),
                number(latitude), number(longitude), wheelchairAccessible, accessibility);
    }

    private static Double number(String typed) {
        return typed == null || typed.isBlank() ? null : Double.valueOf(typed.strip().replace(',', '.'));
    }
}
