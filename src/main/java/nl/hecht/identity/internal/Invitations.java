package nl.hecht.identity.internal;

import java.util.Optional;

import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/** The one-time invitation link: whoever holds it sets the first password of its account. */
@ApplicationService
public class Invitations {

    private final AccountManagement accounts;

    Invitations(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** The login name of the account a usable link is for; empty for an unknown, used or expired one. */
    @UseCase(policy = IdentityPolicies.HOLD_INVITATION)
    public Optional<String> username(String token) {
        return accounts.accountForInvitation(token).map(Account::username);
    }

    /** Sets the first password; the link is then used up. */
    @UseCase(policy = IdentityPolicies.HOLD_INVITATION)
    public void accept(String token, String password) {
        accounts.acceptInvitation(token, password);
    }
}
