package nl.hecht.network;

import java.util.Objects;
import java.util.UUID;

/** The identity of a network. */
public record NetworkId(UUID value) {

    public NetworkId {
        Objects.requireNonNull(value, "value");
    }

    public static NetworkId random() {
        return new NetworkId(UUID.randomUUID());
    }

    public static NetworkId parse(String value) {
        return new NetworkId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
