package nl.hecht.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A CBS neighbourhood (buurt) code: {@code BU} and eight digits (district + buurt number), e.g. {@code BU03440101}. Kept as a string, leading zeros and all. */
public record NeighbourhoodCode(String value) implements Comparable<NeighbourhoodCode> {

    private static final Pattern FORMAT = Pattern.compile("BU\\d{8}");

    public NeighbourhoodCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CBS neighbourhood code (BU########): " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    /** The district this neighbourhood lies in: its first six digits. */
    public DistrictCode district() {
        return new DistrictCode("WK" + value.substring(2, 8));
    }

    /** The municipality this neighbourhood lies in: its first four digits. */
    public MunicipalityCode municipality() {
        return new MunicipalityCode("GM" + value.substring(2, 6));
    }

    @Override
    public int compareTo(NeighbourhoodCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
