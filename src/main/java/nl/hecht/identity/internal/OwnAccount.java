package nl.hecht.identity.internal;

import java.util.List;

import jakarta.servlet.http.HttpSession;

import org.jspecify.annotations.Nullable;

import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * What a signed-in person does with their own account: see it, change their password, replace their second factor.
 * After a change of password or second factor their other sessions end and this one goes on. Not transactional
 * itself: each change commits before this session takes the account's new security stamp.
 */
@ApplicationService
public class OwnAccount {

    private final AccountManagement accounts;
    private final AccountSessions sessions;
    private final TotpService totp;

    OwnAccount(AccountManagement accounts, AccountSessions sessions, TotpService totp) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.totp = totp;
    }

    @UseCase(policy = IdentityPolicies.OWN_ACCOUNT)
    public AccountOverview profile(CurrentUser me) {
        return accounts.overview(me.id()).orElseThrow(NotFoundException::new);
    }

    /**
     * A new password; a wrong current one is refused (and counted), too many lock the account
     * ({@link AccountLockedException}: the session is then to be ended).
     */
    @UseCase(policy = IdentityPolicies.OWN_ACCOUNT)
    public void changePassword(CurrentUser me, String currentPassword, String newPassword, HttpSession session) {
        accounts.changePassword(me.id(), currentPassword, newPassword, session.getId());
        sessions.keepThisSession(me.id(), session);
    }

    /** The enrolment of a new second factor: for the secret being enrolled, or a new one when there is none yet. */
    @UseCase(policy = IdentityPolicies.OWN_ACCOUNT)
    public SecondFactorEnrolment secondFactorEnrolment(CurrentUser me, @Nullable String secret) {
        return SecondFactorEnrolment.of(totp, secret == null ? totp.newSecret() : secret, me.username());
    }

    /**
     * Replaces the second factor once the current password and a code of the new secret are right; returns the new
     * recovery codes (shown once).
     */
    @UseCase(policy = IdentityPolicies.OWN_ACCOUNT)
    public List<String> replaceSecondFactor(CurrentUser me, String currentPassword, String secret, String code,
            HttpSession session) {
        List<String> recoveryCodes = accounts.reenrolTotp(me.id(), currentPassword, secret, code, session.getId());
        sessions.keepThisSession(me.id(), session);
        return recoveryCodes;
    }
}
