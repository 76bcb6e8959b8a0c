package nl.hecht.identity.internal;

import java.util.List;
import java.util.Set;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.identity.internal.AccountManagement.Invited;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * What administrators do with accounts: the list, invitations and new links, details and roles, deactivation and the
 * reset of a second factor. The administrator cannot lock themself out (the rules in {@link AccountManagement}).
 */
@ApplicationService
public class AccountAdministration {

    private final AccountManagement accounts;

    AccountAdministration(AccountManagement accounts) {
        this.accounts = accounts;
    }

    /** Every account as the list shows it, by name. */
    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public List<AccountOverview> overview() {
        return accounts.overview();
    }

    /** One account as its page shows it; an unknown one is not found. */
    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public AccountOverview account(AccountId id) {
        return accounts.overview(id).orElseThrow(NotFoundException::new);
    }

    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public Invited invite(String username, AccountDetails details, Set<Role> roles) {
        return accounts.invite(username, details, roles);
    }

    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public Invited reinvite(AccountId id) {
        return accounts.reinvite(id);
    }

    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public void update(AccountId id, AccountDetails details, Set<Role> roles, CurrentUser admin) {
        accounts.update(id, details, roles, admin.id());
    }

    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public void deactivate(AccountId id, CurrentUser admin) {
        accounts.deactivate(id, admin.id());
    }

    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public void activate(AccountId id) {
        accounts.activate(id);
    }

    @UseCase(policy = IdentityPolicies.ADMINISTER_ACCOUNTS)
    public void resetMfa(AccountId id, CurrentUser admin) {
        accounts.resetMfa(id, admin.id());
    }
}
