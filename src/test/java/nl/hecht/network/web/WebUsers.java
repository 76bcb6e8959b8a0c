package nl.hecht.network.web;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;

/** Signed-in demo people (and strangers) for MockMvc requests, past the second factor. */
final class WebUsers {

    private WebUsers() {
    }

    static RequestPostProcessor as(CurrentUser user) {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("MFA_VERIFIED"));
        user.roles().forEach(role -> authorities.add(new SimpleGrantedAuthority(role.authority())));
        return authentication(new UsernamePasswordAuthenticationToken(user, null, authorities));
    }

    static RequestPostProcessor as(Accounts accounts, String username) {
        AccountSummary account = accounts.findByUsername(username).orElseThrow();
        return as(new CurrentUser(account.id(), account.username(), account.displayName(), account.organisation(),
                account.discipline(), account.roles()));
    }

    /** Someone with the roles who is staff of no region and member of no network. */
    static RequestPostProcessor stranger(Role... roles) {
        return as(new CurrentUser(AccountId.random(), "stranger", "Iemand Anders", null, null, Set.of(roles)));
    }
}
