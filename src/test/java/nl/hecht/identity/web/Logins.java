package nl.hecht.identity.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountManagement;

/** A fully logged-in person (password and second factor) for MockMvc requests. */
final class Logins {

    private Logins() {
    }

    static RequestPostProcessor as(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        for (Role role : user.roles()) {
            authorities.add(new SimpleGrantedAuthority(role.authority()));
        }
        return authentication(UsernamePasswordAuthenticationToken.authenticated(user, null, authorities));
    }

    /** One of the demo accounts (admin, resv, coordinator, nurse, ...). */
    static RequestPostProcessor as(AccountManagement accounts, String username) {
        return as(accounts.findByUsername(username).orElseThrow().toCurrentUser());
    }
}
