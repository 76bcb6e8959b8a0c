package nl.hecht.identity.internal;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import nl.hecht.identity.AccountId;

/**
 * Maps a person who logged in at the organisation's identity provider (OIDC) to their Hecht account: the one active
 * account whose e-mail address equals the verified e-mail address of the login, ignoring case. The provider is
 * trusted for the second factor. Without such an account the login is refused.
 */
@Component
class OidcAccountMapper implements OAuth2UserService<OidcUserRequest, OidcUser> {

    /** The provider did not say that the e-mail address is verified (or gave none). */
    static final String UNVERIFIED_EMAIL = "hecht_unverified_email";
    /** No (single) active Hecht account has this e-mail address. */
    static final String NO_ACCOUNT = "hecht_no_account";

    private final OAuth2UserService<OidcUserRequest, OidcUser> provider;
    private final AccountManagement accounts;

    @Autowired
    OidcAccountMapper(AccountManagement accounts) {
        this(new OidcUserService(), accounts);
    }

    OidcAccountMapper(OAuth2UserService<OidcUserRequest, OidcUser> provider, AccountManagement accounts) {
        this.provider = provider;
        this.accounts = accounts;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        return map(provider.loadUser(request));
    }

    /** The provider's user with the Hecht account it belongs to, or an authentication failure. */
    HechtOidcUser map(OidcUser user) {
        String email = user.getEmail();
        if (email == null || email.isBlank() || !Boolean.TRUE.equals(user.getEmailVerified())) {
            throw new OAuth2AuthenticationException(new OAuth2Error(UNVERIFIED_EMAIL));
        }
        AccountId account = accounts.completeOidcLogin(email)
                .orElseThrow(() -> new OAuth2AuthenticationException(new OAuth2Error(NO_ACCOUNT)));
        return new HechtOidcUser(user, account);
    }
}
