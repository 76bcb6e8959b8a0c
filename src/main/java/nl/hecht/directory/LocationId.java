package nl.hecht.directory;

import java.util.Objects;
import java.util.UUID;

/** The identity of a location (an address where services are given). */
public record LocationId(UUID value) {

    public LocationId {
        Objects.requireNonNull(value, "value");
    }

    public static LocationId random() {
        return new LocationId(UUID.randomUUID());
    }

    public static LocationId parse(String value) {
        return new LocationId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
