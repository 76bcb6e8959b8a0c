package nl.hecht.identity.internal;

import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;

/**
 * Keeps open sessions in step with their account. A session remembers the account's security stamp of its login; when
 * the account's roles, password or second factor change, or it is deactivated, the stamp changes and every session
 * with the old one is over at its next request (see {@link StampCheckingSecurityContextRepository}). The stamp is read
 * from the database on every request, so this holds on every node at once.
 */
@Component
public class AccountSessions {

    /** The session attribute with the security stamp of the login. */
    static final String STAMP = "hecht.identity.securityStamp";

    private final AccountRepository accounts;

    AccountSessions(AccountRepository accounts) {
        this.accounts = accounts;
    }

    /**
     * This session goes on with the account's current stamp: at login, and after the person changed their own
     * password or second factor in this session (their other sessions end).
     */
    public void keepThisSession(AccountId id, HttpServletRequest request) {
        keepThisSession(id, request.getSession());
    }

    /** As {@link #keepThisSession(AccountId, HttpServletRequest)}, for the session itself. */
    public void keepThisSession(AccountId id, HttpSession session) {
        int stamp = currentStamp(id).orElseThrow(() -> new IllegalStateException("no active account " + id));
        session.setAttribute(STAMP, stamp);
    }

    /** Whether the session still belongs to the account as it is now: active, with the stamp of the session's login. */
    boolean isCurrent(AccountId id, HttpSession session) {
        Object stamp = session.getAttribute(STAMP);
        return stamp instanceof Integer remembered && currentStamp(id).filter(remembered::equals).isPresent();
    }

    private Optional<Integer> currentStamp(AccountId id) {
        return accounts.findActiveSecurityStamp(id.value());
    }

    /** The account an authentication stands for: a full login, or one half-way (password given, code not yet). */
    static Optional<AccountId> accountOf(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        Object principal = authentication.getPrincipal();
        if (principal instanceof CurrentUser user) {
            return Optional.of(user.id());
        }
        if (principal instanceof PasswordVerifiedUser user) {
            return Optional.of(user.accountId());
        }
        return Optional.empty();
    }
}
