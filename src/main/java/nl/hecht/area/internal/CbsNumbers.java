package nl.hecht.area.internal;

import java.math.BigDecimal;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads one number from a CBS file. Unknown values become null, never 0: an empty field, CBS's symbols {@code .}
 * (unknown), {@code x} (secret), {@code -} and {@code ?}, and the secrecy sentinels such as {@code -99997} and
 * {@code -99999999} (any value at or below {@value #SENTINEL_LIMIT}). A decimal comma and a decimal point are both
 * read; with both present the point separates thousands ({@code 1.234,5}).
 */
final class CbsNumbers {

    static final int SENTINEL_LIMIT = -99990;

    private static final Set<String> UNKNOWN = Set.of("", ".", "x", "X", "-", "?");
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");

    private CbsNumbers() {
    }

    /** Thrown for a field that is neither a number nor a known sign of "unknown". */
    static final class NotANumber extends Exception {
        NotANumber() {
            super(null, null, false, false);
        }
    }

    /** The value, or null when CBS does not publish it. */
    static BigDecimal parse(String raw) throws NotANumber {
        if (raw == null) {
            return null;
        }
        String value = raw.strip().replace("\u00a0", "").replace(" ", "");
        if (UNKNOWN.contains(value)) {
            return null;
        }
        if (value.indexOf(',') >= 0) {
            value = value.indexOf('.') >= 0 ? value.replace(".", "").replace(',', '.') : value.replace(',', '.');
        }
        if (value.isEmpty() || value.length() > 40 || !NUMBER.matcher(value).matches()) {
            throw new NotANumber();
        }
        BigDecimal number;
        try {
            number = new BigDecimal(value);
        } catch (NumberFormatException e) {
            throw new NotANumber();
        }
        if (number.compareTo(BigDecimal.valueOf(SENTINEL_LIMIT)) <= 0) {
            return null;
        }
        return number;
    }
}
