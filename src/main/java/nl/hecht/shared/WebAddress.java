package nl.hecht.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.AttributeConverter;

/**
 * A web address that a page may link to: {@code http://} or {@code https://} and no spaces, at most 300 characters
 * (the rule of Hecht's forms), so never {@code javascript:}, {@code data:} or a relative path. The scheme is kept in
 * lower case. Invalid input is refused with {@value #INVALID}.
 */
public record WebAddress(String value) {

    public static final String INVALID = "value.error.web-address";
    private static final Pattern FORMAT = Pattern.compile("(?i)https?://[^\\s/?#]\\S*");
    private static final int MAX_LENGTH = 300;

    public WebAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()
                || PlainText.hasControlCharacters(value)) {
            throw new DomainException(INVALID);
        }
        int colon = value.indexOf(':');
        value = value.substring(0, colon).toLowerCase(Locale.ROOT) + value.substring(colon);
    }

    /** The address typed, refused with {@value #INVALID} when it is not an http(s) address. */
    public static WebAddress parse(String text) {
        if (text == null) {
            throw new DomainException(INVALID);
        }
        return new WebAddress(text);
    }

    /** The address, or null for an empty text. */
    public static WebAddress ofNullable(String text) {
        return text == null || text.isBlank() ? null : new WebAddress(text);
    }

    /** Whether the text is an http(s) address by the rule above. */
    public static boolean isValid(String text) {
        if (text == null) {
            return false;
        }
        String stripped = text.strip();
        return stripped.length() <= MAX_LENGTH && FORMAT.matcher(stripped).matches()
                && !PlainText.hasControlCharacters(stripped);
    }

    /** Whether the address uses https. */
    public boolean secure() {
        return value.startsWith("https:");
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value in a text column as {@link #value()} (for {@code @Convert(converter = ...)}); null stays null. */
    public static final class JpaConverter implements AttributeConverter<WebAddress, String> {

        @Override
        public String convertToDatabaseColumn(WebAddress attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public WebAddress convertToEntityAttribute(String column) {
            return ofNullable(column);
        }
    }
}
