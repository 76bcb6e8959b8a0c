package nl.hecht.identity;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/** The identity of an account. */
public record AccountId(UUID value) implements Serializable {

    public AccountId {
        Objects.requireNonNull(value, "value");
    }

    /** An account id from its text (a path variable); a malformed one is refused with IllegalArgumentException. */
    public static AccountId parse(String text) {
        return new AccountId(UUID.fromString(text.strip()));
    }

    public static AccountId random() {
        return new AccountId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
