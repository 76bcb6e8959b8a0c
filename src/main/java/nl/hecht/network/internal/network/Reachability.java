package nl.hecht.network.internal.network;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * How and when to reach a member: phone, e-mail, days and hours, out of hours and in a crisis (R249), the preferred
 * channel and what to call them about ("bereikbaar voor").
 */
@Embeddable
public record Reachability(@Column(name = "phone", length = 40) String phone,
        @Column(name = "email", length = 320) String email,
        @Column(name = "reachable_days", length = 200) String days,
        @Column(name = "reachable_hours", length = 200) String hours,
        @Column(name = "out_of_hours", length = 500) String outOfHours,
        @Column(name = "crisis", length = 500) String crisis,
        @Enumerated(EnumType.STRING) @Column(name = "preferred_channel", length = 20) PreferredChannel preferredChannel,
        @Column(name = "reachable_for", length = 1000) String reachableFor) {

    public static final Reachability NONE = new Reachability(null, null, null, null, null, null, null, null);

    public Reachability {
        phone = Texts.blankToNull(phone);
        email = Texts.blankToNull(email);
        days = Texts.blankToNull(days);
        hours = Texts.blankToNull(hours);
        outOfHours = Texts.blankToNull(outOfHours);
        crisis = Texts.blankToNull(crisis);
        reachableFor = Texts.blankToNull(reachableFor);
    }
}
