package nl.hecht.identity.internal;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.AccountSummary;
import nl.hecht.identity.Accounts;
import nl.hecht.identity.Role;

/** Read access to accounts for other modules. */
@Service
@Transactional(readOnly = true)
class AccountDirectory implements Accounts {

    private final AccountRepository accounts;

    AccountDirectory(AccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    public Optional<AccountSummary> find(AccountId id) {
        return accounts.findById(id.value()).map(AccountDirectory::summary);
    }

    @Override
    public Optional<AccountSummary> findByUsername(String username) {
        return accounts.findByUsername(Account.normalise(username)).map(AccountDirectory::summary);
    }

    @Override
    public Map<AccountId, AccountSummary> findAll(Collection<AccountId> ids) {
        return accounts.findAllById(ids.stream().map(AccountId::value).toList()).stream()
                .map(AccountDirectory::summary)
                .collect(Collectors.toMap(AccountSummary::id, Function.identity()));
    }

    @Override
    public List<AccountSummary> withRole(Role role) {
        return accounts.findAllByOrderByDisplayNameAsc().stream()
                .filter(account -> account.isActive() && account.roles().contains(role))
                .map(AccountDirectory::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public List<AccountSummary> active() {
        return accounts.findAllByOrderByDisplayNameAsc().stream().filter(Account::isActive)
                .map(AccountDirectory::summary)
                .sorted(Comparator.comparing(AccountSummary::displayName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    private static AccountSummary summary(Account account) {
        return new AccountSummary(account.id(), account.username(), account.displayName(), account.email(),
                account.organisation(), account.discipline(), account.roles(), account.isActive());
    }
}
