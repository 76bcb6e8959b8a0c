package nl.hecht.shared;

import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

import jakarta.persistence.AttributeConverter;

/**
 * An e-mail address: stripped, something before and after one {@code @}, a dot in the domain, no spaces, at most 320
 * characters (the rule of Hecht's forms). The domain is kept in lower case, the local part as typed. Invalid input is
 * refused with {@value #INVALID}.
 */
public record EmailAddress(String value) {

    public static final String INVALID = "value.error.email";
    private static final Pattern FORMAT = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final int MAX_LENGTH = 320;

    public EmailAddress {
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.length() > MAX_LENGTH || !FORMAT.matcher(value).matches()) {
            throw new DomainException(INVALID);
        }
        int at = value.indexOf('@');
        value = value.substring(0, at) + "@" + value.substring(at + 1).toLowerCase(Locale.ROOT);
    }

    /** The address typed, refused with {@value #INVALID} when it is not an e-mail address. */
    public static EmailAddress parse(String text) {
        if (text == null) {
            throw new DomainException(INVALID);
        }
        return new EmailAddress(text);
    }

    /** The address, or null for an empty text. */
    public static EmailAddress ofNullable(String text) {
        return text == null || text.isBlank() ? null : new EmailAddress(text);
    }

    /** Whether the text is an e-mail address by the rule above. */
    public static boolean isValid(String text) {
        return text != null && text.strip().length() <= MAX_LENGTH && FORMAT.matcher(text.strip()).matches();
    }

    /** The part after the {@code @}, in lower case. */
    public String domain() {
        return value.substring(value.indexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }

    /** Stores the value in a text column as {@link #value()} (for {@code @Convert(converter = ...)}); null stays null. */
    public static final class JpaConverter implements AttributeConverter<EmailAddress, String> {

        @Override
        public String convertToDatabaseColumn(EmailAddress attribute) {
            return attribute == null ? null : attribute.value();
        }

        @Override
        public EmailAddress convertToEntityAttribute(String column) {
            return ofNullable(column);
        }
    }
}
