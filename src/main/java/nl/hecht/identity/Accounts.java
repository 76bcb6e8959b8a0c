package nl.hecht.identity;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What other modules may read about accounts: who someone is, to link people to networks and show their name. */
public interface Accounts {

    Optional<AccountSummary> find(AccountId id);

    Optional<AccountSummary> findByUsername(String username);

    /** The given accounts by id; unknown ids are absent. */
    Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids);

    /** Active accounts holding the role, ordered by display name. */
    List<AccountSummary> withRole(Role role);

    /** All active accounts, ordered by display name (to pick someone, e.g. as an organisation's staff). */
    List<AccountSummary> active();
}
