package nl.hecht.identity.internal;

import java.time.Instant;
import java.util.List;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;

/**
 * What the pages show of an account, read in one transaction: its details, roles, state and second factor.
 *
 * @param lockedUntil the end of the current lock, or null when the account is not locked now
 * @param lastLoginAt the last completed login, or null when there was none
 */
public record AccountOverview(AccountId id, String username, String displayName, String email, String organisation,
        String discipline, List<Role> roles, Status status, boolean mfaEnrolled, int remainingRecoveryCodes,
        Instant lockedUntil, Instant lastLoginAt) {

    /** Active (password set), invited (active, no password yet) or inactive. */
    public enum Status {
        ACTIVE, INVITED, INACTIVE
    }

    public AccountOverview {
        roles = List.copyOf(roles);
    }

    static AccountOverview of(Account account, Instant now) {
        Status status = !account.isActive() ? Status.INACTIVE
                : account.passwordHash().isEmpty() ? Status.INVITED : Status.ACTIVE;
        return new AccountOverview(account.id(), account.username(), account.displayName(), account.email(),
                account.organisation(), account.discipline(), account.roles().stream().sorted().toList(), status,
                account.hasMfa(), account.remainingRecoveryCodes(),
                account.isLocked(now) ? account.lockedUntil().orElse(null) : null, account.lastLoginAt().orElse(null));
    }

    public boolean active() {
        return status != Status.INACTIVE;
    }
}
