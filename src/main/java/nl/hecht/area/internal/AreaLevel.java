package nl.hecht.area.internal;

import java.util.Locale;
import java.util.Optional;

/** The three CBS levels, each with its code prefix and the number of digits after it. */
public enum AreaLevel {

    MUNICIPALITY("GM", 4), DISTRICT("WK", 6), NEIGHBOURHOOD("BU", 8);

    private final String prefix;
    private final int digits;

    AreaLevel(String prefix, int digits) {
        this.prefix = prefix;
        this.digits = digits;
    }

    public String prefix() {
        return prefix;
    }

    int digits() {
        return digits;
    }

    /** The level of a well-formed code such as {@code BU03440101}, or empty. */
    static Optional<AreaLevel> ofCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        for (AreaLevel level : values()) {
            if (code.length() == level.prefix.length() + level.digits && code.startsWith(level.prefix)
                    && code.substring(level.prefix.length()).chars().allMatch(c -> c >= '0' && c <= '9')) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /**
     * The level that the CBS column {@code recs} (or {@code soortregio}) names: Gemeente, Wijk or Buurt, in either
     * case; empty for anything else (such as {@code Land}).
     */
    static Optional<AreaLevel> ofCbsName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        return switch (name.strip().toLowerCase(Locale.ROOT)) {
            case "gemeente", "gm" -> Optional.of(MUNICIPALITY);
            case "wijk", "wk" -> Optional.of(DISTRICT);
            case "buurt", "bu" -> Optional.of(NEIGHBOURHOOD);
            default -> Optional.empty();
        };
    }

    /**
     * Normalises a code as it appears in CBS files: with its prefix ({@code bu03440101}, surrounding blanks) or as
     * digits only ({@code 03440101}, or without leading zeros as some spreadsheets write it) when the level is known
     * from elsewhere. Empty when it cannot be a code of that level.
     */
    static Optional<String> normalise(String raw, AreaLevel expected) {
        if (raw == null) {
            return Optional.empty();
        }
        String value = raw.strip().toUpperCase(Locale.ROOT);
        if (value.isEmpty()) {
            return Optional.empty();
        }
        if (value.chars().allMatch(c -> c >= '0' && c <= '9')) {
            AreaLevel level = expected != null ? expected : ofDigitCount(value.length()).orElse(null);
            if (level == null || value.length() > level.digits) {
                return Optional.empty();
            }
            return Optional.of(level.prefix + "0".repeat(level.digits - value.length()) + value);
        }
        Optional<AreaLevel> level = ofCode(value);
        if (level.isEmpty() || (expected != null && level.get() != expected)) {
            return Optional.empty();
        }
        return Optional.of(value);
    }

    private static Optional<AreaLevel> ofDigitCount(int count) {
        for (AreaLevel level : values()) {
            if (level.digits == count) {
                return Optional.of(level);
            }
        }
        return Optional.empty();
    }

    /** The code of the municipality an area lies in (its own code for a municipality). */
    static String municipalityOf(String code) {
        return "GM" + code.substring(2, 6);
    }

    /** The code of the district a neighbourhood lies in. */
    static String districtOf(String neighbourhoodCode) {
        return "WK" + neighbourhoodCode.substring(2, 8);
    }
}
