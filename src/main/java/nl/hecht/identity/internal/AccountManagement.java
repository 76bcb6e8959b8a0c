package nl.hecht.identity.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;
import nl.hecht.shared.DomainException;

/**
 * Everything that changes an account: invitations, passwords, the second factor, roles, deactivation and the
 * bookkeeping of failed attempts. Logs account ids only, never names or e-mail addresses.
 */
@Service
@Transactional
public class AccountManagement {

    private static final Logger log = LoggerFactory.getLogger(AccountManagement.class);

    private final AccountRepository accounts;
    private final InvitationRepository invitations;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy passwordPolicy;
    private final TotpService totp;
    private final InvitationMailer mailer;
    private final SessionTermination sessions;
    private final Clock clock;

    AccountManagement(AccountRepository accounts, InvitationRepository invitations, PasswordEncoder passwordEncoder,
            PasswordPolicy passwordPolicy, TotpService totp, InvitationMailer mailer, SessionTermination sessions,
            Clock clock) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.passwordPolicy = passwordPolicy;
        this.totp = totp;
        this.mailer = mailer;
        this.sessions = sessions;
        this.clock = clock;
    }

    /** The outcome of an invitation: the one-time link, and whether it was also e-mailed. */
    public record Invited(AccountId account, String link, boolean mailed) {
    }

    @Transactional(readOnly = true)
    public List<Account> all() {
        return accounts.findAllByOrderByDisplayNameAsc();
    }

    @Transactional(readOnly = true)
    public Optional<Account> find(AccountId id) {
        return accounts.findById(id.value());
    }

    /** Every account as the pages show it, by name. */
    @Transactional(readOnly = true)
    public List<AccountOverview> overview() {
        Instant now = now();
        return accounts.findAllByOrderByDisplayNameAsc().stream().map(account -> AccountOverview.of(account, now)).toList();
    }

    @Transactional(readOnly = true)
    public Optional<AccountOverview> overview(AccountId id) {
        return accounts.findById(id.value()).map(account -> AccountOverview.of(account, now()));
    }

    @Transactional(readOnly = true)
    public Optional<Account> findByUsername(String username) {
        return accounts.findByUsername(Account.normalise(username));
    }

    public Invited invite(String username, AccountDetails details, Set<Role> roles) {
        if (accounts.existsByUsername(Account.normalise(username))) {
            throw new DomainException("account.error.username-taken");
        }
        Account account = accounts.save(Account.create(username, details, roles, now()));
        log.info("Account {} created by invitation", account.id());
        return sendInvitation(account);
    }

    /** A new one-time link for an account; earlier unused links stop working. */
    public Invited reinvite(AccountId id) {
        return sendInvitation(load(id));
    }

    private Invited sendInvitation(Account account) {
        Instant now = now();
        withdrawInvitations(account.id(), now);
        String token = Hashes.newToken();
        invitations.save(new Invitation(account.id(), Hashes.sha256(token), now));
        String link = mailer.linkFor(token);
        boolean mailed = mailer.send(account.email(), link);
        return new Invited(account.id(), link, mailed);
    }

    @Transactional(readOnly = true)
    public Optional<Account> accountForInvitation(String token) {
        return usableInvitation(token).flatMap(invitation -> accounts.findById(invitation.accountId().value()));
    }

    /** Sets the first password through the one-time link; the link is then used up. */
    public void acceptInvitation(String token, String password) {
        Invitation invitation = usableInvitation(token).orElseThrow(() -> new DomainException("invitation.error.invalid"));
        Account account = accounts.findById(invitation.accountId().value())
                .orElseThrow(() -> new DomainException("invitation.error.invalid"));
        requireAcceptable(password, account.username());
        account.changePasswordHash(passwordEncoder.encode(password));
        account.activate();
        invitation.use(now());
        sessions.endSessionsOf(account.id());
        log.info("Account {} set its password through an invitation", account.id());
    }

    /**
     * A logged-in person changes their own password. The current password is checked like a login: a wrong one
     * counts as a failed attempt, and a locked account is refused whatever is typed ({@link AccountLockedException};
     * the session that tried is then to be ended). Their other sessions end; the session of {@code keptSessionId} may
     * go on (see {@link AccountSessions#keepThisSession}).
     */
    @Transactional(noRollbackFor = DomainException.class) // a wrong password is counted
    public void changePassword(AccountId id, String currentPassword, String newPassword, String keptSessionId) {
        Account account = load(id);
        requireCurrentPassword(account, currentPassword);
        requireAcceptable(newPassword, account.username());
        account.changePasswordHash(passwordEncoder.encode(newPassword));
        sessions.endSessionsOf(id, keptSessionId);
        log.info("Account {} changed its password", account.id());
    }

    /**
     * Checks the current password of a logged-in person (a step-up before changing password or second factor) as the
     * login does: while the account is locked every attempt is refused and counted; a wrong password is counted.
     */
    private void requireCurrentPassword(Account account, String currentPassword) {
        Instant now = now();
        boolean matches = currentPassword != null
                && account.passwordHash().map(hash -> passwordEncoder.matches(currentPassword, hash)).orElse(false);
        boolean lockedBefore = account.isLocked(now);
        if (lockedBefore || !matches) {
            account.recordFailedAttempt(now);
            log.info("Account {}: wrong current password ({} failed attempts)", account.id(), account.failedAttempts());
            if (account.isLocked(now)) {
                throw new AccountLockedException();
            }
            throw new DomainException("password.error.current");
        }
    }

    /**
     * Enrols a TOTP secret when the code from the app matches it, and returns the new recovery codes (shown once).
     */
    public List<String> enrolTotp(AccountId id, String secret, String code) {
        Account account = load(id);
        long step = totp.matchingStep(secret, code);
        if (step < 0) {
            throw new DomainException("mfa.error.code");
        }
        List<String> recoveryCodes = totp.newRecoveryCodes();
        account.enrolTotp(secret, TotpService.hashRecoveryCodes(recoveryCodes));
        account.useTotpStep(step);
        log.info("Account {} enrolled a second factor", account.id());
        return recoveryCodes;
    }

    /**
     * A logged-in person replaces their second factor: the code must match the new secret, which only then replaces
     * the old one. Returns the new recovery codes (shown once); the earlier ones stop working.
     */
    @Transactional(noRollbackFor = DomainException.class) // a wrong password is counted
    public List<String> reenrolTotp(AccountId id, String currentPassword, String secret, String code,
            String keptSessionId) {
        Account account = load(id);
        // step-up: a session left open on someone's desk must not be enough to take over the second factor
        requireCurrentPassword(account, currentPassword);
        long step = totp.matchingStep(secret, code);
        if (step < 0) {
            throw new DomainException("mfa.error.code");
        }
        List<String> recoveryCodes = totp.newRecoveryCodes();
        account.reenrolTotp(secret, step, TotpService.hashRecoveryCodes(recoveryCodes));
        sessions.endSessionsOf(id, keptSessionId);
        log.info("Account {} replaced its second factor", account.id());
        return recoveryCodes;
    }

    /**
     * A login through the organisation's identity provider (OIDC), which has verified this e-mail address and the
     * second factor: the one active account with that address (case-insensitive), now logged in; empty when there is
     * none or more than one.
     */
    public Optional<AccountId> completeOidcLogin(String verifiedEmail) {
        if (verifiedEmail == null || verifiedEmail.isBlank()) {
            return Optional.empty();
        }
        List<Account> matches = accounts.findByEmailIgnoreCase(verifiedEmail.strip()).stream()
                .filter(Account::isActive).toList();
        if (matches.size() != 1) {
            log.info("OIDC login refused: {} active accounts match the e-mail address", matches.size());
            return Optional.empty();
        }
        Account account = matches.get(0);
        account.recordSuccessfulLogin(now());
        log.info("Account {} logged in through OIDC", account.id());
        return Optional.of(account.id());
    }

    /**
     * Checks the second factor at login: a TOTP code (each time step once) or an unused recovery code. A wrong code
     * counts as a failed attempt; a right one completes the login and resets the count.
     */
    public SecondFactorResult verifySecondFactor(AccountId id, String code) {
        Account account = load(id);
        Instant now = now();
        if (!account.isActive()) {
            return SecondFactorResult.DISABLED;
        }
        if (account.isLocked(now)) {
            return SecondFactorResult.LOCKED;
        }
        String given = code == null ? "" : code.strip();
        boolean ok;
        if (given.matches("\\d{6}")) {
            long step = totp.matchingStep(account.totpSecret().orElse(null), given);
            ok = step >= 0 && account.useTotpStep(step);
        } else {
            ok = !given.isEmpty() && account.useRecoveryCode(TotpService.hashRecoveryCode(given));
            if (ok) {
                log.info("Account {} used a recovery code; {} left", account.id(), account.remainingRecoveryCodes());
            }
        }
        if (!ok) {
            account.recordFailedAttempt(now);
            log.info("Account {}: wrong second-factor code ({} failed attempts)", account.id(), account.failedAttempts());
            return account.isLocked(now) ? SecondFactorResult.LOCKED : SecondFactorResult.WRONG_CODE;
        }
        account.recordSuccessfulLogin(now);
        return SecondFactorResult.OK;
    }

    /**
     * A refused password for this username: a wrong one, or any while the account is locked (so guessing during the
     * lock counts too, and makes it longer). Unknown usernames are not counted: there is nothing to count them on.
     */
    public void recordFailedPassword(String username) {
        Instant now = now();
        accounts.findByUsername(Account.normalise(username)).ifPresent(account -> {
            account.recordFailedAttempt(now);
            log.info("Account {}: wrong password ({} failed attempts)", account.id(), account.failedAttempts());
        });
    }

    public void changeRoles(AccountId id, Set<Role> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new DomainException("account.error.roles");
        }
        load(id).changeRoles(roles);
        sessions.endSessionsOf(id);
        log.info("Account {} roles changed to {}", id, roles);
    }

    public void update(AccountId id, AccountDetails details) {
        load(id).update(details);
    }

    /** An administrator changes details and roles at once; they cannot take away their own administrator role. */
    public void update(AccountId id, AccountDetails details, Set<Role> roles, AccountId by) {
        if (id.equals(by) && (roles == null || !roles.contains(Role.ADMIN))) {
            throw new DomainException("account.error.self-admin");
        }
        Account account = load(id);
        account.update(details);
        int stamp = account.securityStamp();
        account.changeRoles(roles);
        if (account.securityStamp() != stamp) {
            sessions.endSessionsOf(id);
        }
        log.info("Account {} details and roles ({}) changed by {}", id, roles, by);
    }

    public void deactivate(AccountId id, AccountId by) {
        if (id.equals(by)) {
            throw new DomainException("account.error.self-deactivate");
        }
        load(id).deactivate();
        withdrawInvitations(id, now());
        sessions.endSessionsOf(id);
        log.info("Account {} deactivated by {}", id, by);
    }

    public void activate(AccountId id) {
        load(id).activate();
        log.info("Account {} activated", id);
    }

    /**
     * An administrator resets someone's second factor: they enrol a new one at their next login, and their open
     * sessions end. Not one's own: that would end the administrator's own session; they replace theirs on their
     * profile page.
     */
    public void resetMfa(AccountId id, AccountId by) {
        if (id.equals(by)) {
            throw new DomainException("account.error.self-mfa-reset");
        }
        load(id).resetMfa();
        sessions.endSessionsOf(id);
        log.info("Account {} second factor reset by {}", id, by);
    }

    /** Open invitation links of the account stop working (expired ones already did). */
    private void withdrawInvitations(AccountId id, Instant now) {
        invitations.findByAccountIdAndUsedAtIsNull(id).stream()
                .filter(invitation -> invitation.isUsable(now))
                .forEach(invitation -> invitation.use(now));
    }

    private Optional<Invitation> usableInvitation(String token) {
        if (token == null || token.isBlank() || token.length() > 100) {
            return Optional.empty();
        }
        return invitations.findByTokenHash(Hashes.sha256(token)).filter(invitation -> invitation.isUsable(now()));
    }

    private void requireAcceptable(String password, String username) {
        passwordPolicy.check(password, username).ifPresent(key -> {
            throw new DomainException(key, PasswordPolicy.MIN_LENGTH);
        });
    }

    private Account load(AccountId id) {
        return accounts.findById(id.value()).orElseThrow(() -> new DomainException("account.error.not-found"));
    }

    /** Creates or updates an account directly, with a known password hash and TOTP secret (demo data only). */
    void seed(String username, AccountDetails details, Set<Role> roles, String passwordHash, String totpSecret) {
        Account account = accounts.findByUsername(Account.normalise(username))
                .orElseGet(() -> Account.create(username, details, roles, now()));
        if (account.passwordHash().isEmpty()) {
            account.changePasswordHash(passwordHash);
        }
        if (!account.hasMfa()) {
            account.enrolTotp(totpSecret, Set.of());
        }
        accounts.save(account);
    }

    boolean exists(String username) {
        return accounts.existsByUsername(Account.normalise(username));
    }

    private Instant now() {
        return clock.instant();
    }
}
