package nl.hecht.identity.internal;

import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import nl.hecht.identity.AccountId;

/** A person logged in through OIDC, with the Hecht account they were mapped to; replaced by the full login. */
final class HechtOidcUser extends DefaultOidcUser {

    private static final long serialVersionUID = 1L;

    private final AccountId accountId;

    HechtOidcUser(OidcUser user, AccountId accountId) {
        super(user.getAuthorities(), user.getIdToken(), user.getUserInfo());
        this.accountId = accountId;
    }

    AccountId accountId() {
        return accountId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HechtOidcUser that && super.equals(that) && accountId.equals(that.accountId);
    }

    @Override
    public int hashCode() {
        return 31 * super.hashCode() + accountId.hashCode();
    }
}
