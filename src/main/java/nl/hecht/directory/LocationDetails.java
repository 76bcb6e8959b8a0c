package nl.hecht.directory;

import java.util.regex.Pattern;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A location of an organisation, to add or change it; checks itself.
 *
 * @param address street and house number
 * @param postalCode Dutch postal code, normalised to "1234 AB"
 * @param latitude WGS84, with longitude; both or neither
 */
public record LocationDetails(String name, String address, String postalCode, String city,
        NeighbourhoodCode neighbourhood, Double latitude, Double longitude, boolean wheelchairAccessible,
        String accessibility) {

    private static final Pattern POSTAL_CODE = Pattern.compile("([1-9][0-9]{3}) ?([A-Za-z]{2})");

    public LocationDetails {
        name = text(name, 200);
        if (name == null) {
            throw new DomainException("location.error.name");
        }
        address = text(address, 200);
        postalCode = text(postalCode, 7);
        if (postalCode != null) {
            var matcher = POSTAL_CODE.matcher(postalCode);
            if (!matcher.matches()) {
                throw new DomainException("location.error.postal-code");
            }
            postalCode = matcher.group(1) + " " + matcher.group(2).toUpperCase(java.util.Locale.ROOT);
        }
        city = text(city, 100);
        if ((latitude == null) != (longitude == null)) {
            throw new DomainException("location.error.point");
        }
        if (latitude != null && (latitude < -90 || latitude > 90 || longitude < -180 || longitude > 180
                || latitude.isNaN() || longitude.isNaN())) {
            throw new DomainException("location.error.point");
        }
        accessibility = text(accessibility, 1000);
    }

    private static String text(String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        if (stripped.length() > max) {
            throw new DomainException("location.error.too-long");
        }
        return stripped;
    }
}
