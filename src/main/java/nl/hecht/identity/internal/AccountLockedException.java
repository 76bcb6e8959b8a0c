package nl.hecht.identity.internal;

import nl.hecht.shared.DomainException;

/**
 * Refused because the account is locked after too many failed attempts: the session that tried ends, as at login, and
 * the person sees the login page with the reason.
 */
public class AccountLockedException extends DomainException {

    private static final long serialVersionUID = 1L;

    AccountLockedException() {
        super("login.error.locked");
    }
}
