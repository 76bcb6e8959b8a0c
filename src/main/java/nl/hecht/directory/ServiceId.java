package nl.hecht.directory;

import java.util.Objects;
import java.util.UUID;

/** The identity of an entry of the sociale kaart: a service, a community initiative or an access point. */
public record ServiceId(UUID value) {

    public ServiceId {
        Objects.requireNonNull(value, "value");
    }

    public static ServiceId random() {
        return new ServiceId(UUID.randomUUID());
    }

    public static ServiceId parse(String value) {
        return new ServiceId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
