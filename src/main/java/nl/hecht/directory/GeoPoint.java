package nl.hecht.directory;

import nl.hecht.shared.DomainException;

/** A point in WGS84 degrees. */
public record GeoPoint(double latitude, double longitude) {

    public GeoPoint {
        if (Double.isNaN(latitude) || Double.isNaN(longitude) || latitude < -90 || latitude > 90 || longitude < -180
                || longitude > 180) {
            throw new DomainException("location.error.point");
        }
    }
}
