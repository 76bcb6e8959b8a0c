package nl.hecht.network.internal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import nl.hecht.shared.EmailAddress;
import nl.hecht.shared.PhoneNumber;

/**
 * How and when to reach a member: phone, e-mail, days and hours, out of hours and in a crisis (R249), the preferred
 * channel and what to call them about ("bereikbaar voor"). Phone and e-mail are validated once, by their value types.
 */
@Embeddable
public record Reachability(
        @Convert(converter = PhoneNumber.JpaConverter.class) @Column(name = "phone", length = 40) PhoneNumber phone,
        @Convert(converter = EmailAddress.JpaConverter.class) @Column(name = "email", length = 320) EmailAddress email,
        @Column(name = "reachable_days", length = 200) String days,
        @Column(name = "reachable_hours", length = 200) String hours,
        @Column(name = "out_of_hours", length = 500) String outOfHours,
        @Column(name = "crisis", length = 500) String crisis,
        @Enumerated(EnumType.STRING) @Column(name = "preferred_channel", length = 20) PreferredChannel preferredChannel,
        @Column(name = "reachable_for", length = 1000) String reachableFor) {

    public static final Reachability NONE = new Reachability(null, null, null, null, null, null, null, null);

    public Reachability {
        days = Texts.blankToNull(days);
        hours = Texts.blankToNull(hours);
        outOfHours = Texts.blankToNull(outOfHours);
        crisis = Texts.blankToNull(crisis);
        reachableFor = Texts.blankToNull(reachableFor);
    }

    /**
     * Reachability as typed: an empty phone or e-mail is none, an invalid one is refused with
     * {@value PhoneNumber#INVALID} or {@value EmailAddress#INVALID}.
     */
    public static Reachability typed(String phone, String email, String days, String hours, String outOfHours,
            String crisis, PreferredChannel preferredChannel, String reachableFor) {
        return new Reachability(PhoneNumber.ofNullable(phone), EmailAddress.ofNullable(email), days, hours, outOfHours,
                crisis, preferredChannel, reachableFor);
    }

    /** The phone number as text, or null. */
    public String phoneText() {
        return phone == null ? null : phone.value();
    }

    /** The e-mail address as text, or null. */
    public String emailText() {
        return email == null ? null : email.value();
    }
}
