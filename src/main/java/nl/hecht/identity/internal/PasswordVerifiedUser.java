package nl.hecht.identity.internal;

import java.util.List;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

import nl.hecht.identity.AccountId;

/** The principal between password and second factor: it may do nothing but give a code or enrol one. */
final class PasswordVerifiedUser extends User {

    private static final long serialVersionUID = 1L;

    private final AccountId accountId;
    private final boolean locked;
    private final boolean mfaEnrolled;

    PasswordVerifiedUser(Account account, boolean locked) {
        super(account.id().toString(), account.passwordHash().orElseThrow(), account.isActive(), true, true, !locked,
                List.of(new SimpleGrantedAuthority(Authorities.MFA_PENDING)));
        this.accountId = account.id();
        this.locked = locked;
        this.mfaEnrolled = account.hasMfa();
    }

    AccountId accountId() {
        return accountId;
    }

    boolean mfaEnrolled() {
        return mfaEnrolled;
    }

    boolean locked() {
        return locked;
    }

    @Override
    public boolean equals(Object other) {
        return super.equals(other);
    }

    @Override
    public int hashCode() {
        return super.hashCode();
    }
}
