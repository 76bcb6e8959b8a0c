package nl.hecht.network.internal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;

import nl.hecht.shared.DomainException;
import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.PhoneNumber;

/**
 * The network's contact point, its first point of contact for the professionals in the wijk, the RESV and external
 * parties (R054, R092): who or which desk, how to reach it (a phone number or an e-mail address at least), when, and
 * what one may ask it. Phone and e-mail are validated by their value types.
 */
@Embeddable
public record ContactPoint(
        @Column(name = "contact_name", length = 200) String name,
        @Convert(converter = PhoneNumber.JpaConverter.class) @Column(name = "contact_phone", length = 40) PhoneNumber phone,
        @Convert(converter = EmailAddress.JpaConverter.class) @Column(name = "contact_email", length = 320) EmailAddress email,
        @Column(name = "contact_hours", length = 200) String hours,
        @Column(name = "contact_for", length = 1000) String reachableFor) {

    public ContactPoint {
        name = Texts.blankToNull(name);
        hours = Texts.blankToNull(hours);
        reachableFor = Texts.blankToNull(reachableFor);
        if (name == null || name.length() > 200) {
            throw new DomainException("network.error.contact-name");
        }
        if (phone == null && email == null) {
            throw new DomainException("network.error.contact-reach");
        }
        if (hours != null && hours.length() > 200 || reachableFor != null && reachableFor.length() > 1000) {
            throw new DomainException("network.error.contact-too-long");
        }
    }

    /**
     * The contact point as typed, or none when every field is empty. An invalid phone or e-mail is refused with
     * {@value PhoneNumber#INVALID} or {@value EmailAddress#INVALID}.
     */
    public static ContactPoint typed(String name, String phone, String email, String hours, String reachableFor) {
        if (isBlank(name) && isBlank(phone) && isBlank(email) && isBlank(hours) && isBlank(reachableFor)) {
            return null;
        }
        return new ContactPoint(name, PhoneNumber.ofNullable(phone), EmailAddress.ofNullable(email), hours,
                reachableFor);
    }

    public String phoneText() {
        return phone == null ? null : phone.value();
    }

    public String emailText() {
        return email == null ? null : email.value();
    }

    private static boolean isBlank(String text) {
        return text == null || text.isBlank();
    }
}
