package nl.hecht.shared;

import java.util.Objects;
import java.util.regex.Pattern;

/** A CBS district (wijk) code: {@code WK} and six digits (municipality + wijk number), e.g. {@code WK034401}. Kept as a string, leading zeros and all. */
public record DistrictCode(String value) implements Comparable<DistrictCode> {

    private static final Pattern FORMAT = Pattern.compile("WK\\d{6}");

    public DistrictCode {
        Objects.requireNonNull(value, "value");
        value = value.strip().toUpperCase(java.util.Locale.ROOT);
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a CBS district code (WK######): " + value);
        }
    }

    public static boolean isValid(String value) {
        return value != null && FORMAT.matcher(value.strip().toUpperCase(java.util.Locale.ROOT)).matches();
    }

    /** The municipality this district lies in: its first four digits. */
    public MunicipalityCode municipality() {
        return new MunicipalityCode("GM" + value.substring(2, 6));
    }

    @Override
    public int compareTo(DistrictCode other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
