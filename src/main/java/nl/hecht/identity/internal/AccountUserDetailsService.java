package nl.hecht.identity.internal;

import java.time.Clock;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Loads an account for the password check. Accounts without a password (invitation pending) cannot log in. */
@Component
class AccountUserDetailsService implements UserDetailsService {

    private final AccountRepository accounts;
    private final Clock clock;

    AccountUserDetailsService(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        Account account = accounts.findByUsername(Account.normalise(username))
                .filter(found -> found.passwordHash().isPresent())
                .orElseThrow(() -> new UsernameNotFoundException("unknown"));
        return new PasswordVerifiedUser(account, account.isLocked(clock.instant()));
    }
}
