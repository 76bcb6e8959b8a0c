package nl.hecht.network;

import java.util.Objects;
import java.util.UUID;

/** The identity of a region. */
public record RegionId(UUID value) {

    public RegionId {
        Objects.requireNonNull(value, "value");
    }

    public static RegionId random() {
        return new RegionId(UUID.randomUUID());
    }

    public static RegionId parse(String value) {
        return new RegionId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
