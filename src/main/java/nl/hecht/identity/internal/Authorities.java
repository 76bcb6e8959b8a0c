package nl.hecht.identity.internal;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;

/** The two stages of a login: password verified (second factor pending), then fully logged in with the roles. */
final class Authorities {

    /** Password checked; the second factor (code or enrolment) is still to come. */
    static final String MFA_PENDING = "MFA_PENDING";
    /** Password and second factor checked. */
    static final String MFA_VERIFIED = "MFA_VERIFIED";

    private Authorities() {
    }

    static List<GrantedAuthority> fullyLoggedIn(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority(MFA_VERIFIED));
        for (Role role : user.roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authorities;
    }
}
