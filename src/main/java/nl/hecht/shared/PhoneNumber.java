package nl.hecht.shared;

import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.AttributeConverter;

/**
 * A telephone number as the person typed it (stripped): digits, spaces, brackets, hyphens and a leading {@code +}, 6 to
 * 21 characters, at most 40 (the rule the forms of Hecht always applied). {@link #international()} gives one
 * comparable form for Dutch numbers: {@code 06-1234 5678}, {@code +31 6 12345678} and {@code 0031612345678} are all
 * {@code +31612345678}. Invalid input is refused with {@value #INVALID}.
 */
public record PhoneNumber(String value) {

    public static final String INVALID = "value.error.phone";
    private static final Pattern FORMAT = Pattern.compile("[+0-9][0-9 ()-]{5,20}");
    private static final int MAX_LENGTH = 40;

    public PhoneNumber {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new DomainException(INVALID);
        }
    }

    /** The number typed, refused with {@value #INVALID} when it is not a phone number. */
    public static PhoneNumber parse(String text) {
        if (text == null) {
            throw new DomainException(INVALID);
        }
        return new PhoneNumber(text);
    }

    /** The number, or null for an empty text. */
    public static PhoneNumber ofNullable(String text) {
        return text == null || text.isBlank() ? null : new PhoneNumber(text);
    }

    /** Whether the text is a phone number by the rule above. */
    public static boolean isValid(String text) {
        return text != null && text.strip().length() <= MAX_LENGTH && FORMAT.matcher(text.strip()).matches();
    }

    /** Digits only, with a leading {@code +} for international numbers; Dutch numbers as {@code +31...}. */
    public String international() {
        String digits = value.replaceAll("[^0-9]", "");
        if (value.startsWith("+")) {
            digits = digits.startsWith("310") ? "31" + digits.substring(3) : digits;
            return "+" + digits;
        }
        if (digits.startsWith("00")) {
            String rest = digits.substring(2);
            return "+" + (rest.startsWith("310") ? "31" + rest.substring(3) : rest);
        }
        if (digits.startsWith("0")) {
            return "+31" + digits.substring(1);
        }
        return digits;
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value in a text column as {@link #value()} (for {@code @Convert(converter = ...)}); null stays null. */
    public static final class JpaConverter implements AttributeConverter<PhoneNumber, String> {

        @Override
        public String convertToDatabaseColumn(PhoneNumber attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public PhoneNumber convertToEntityAttribute(String column) {
            return ofNullable(column);
        }
    }
}
