package nl.hecht.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A CBS municipality code: {@code GM} and four digits, e.g. {@code GM0344}. Kept as a string, leading zeros and all. */
public record MunicipalityCode(String value) implements Comparable<MunicipalityCode> {

    private static final Pattern FORMAT = Pattern.compile("GM\\d{4}");

    public MunicipalityCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CBS municipality code (GM####): " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    @Override
    public int compareTo(MunicipalityCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
