package nl.hecht.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.DomainException;

/**
 * A person who logs in to Hecht. Holds the rules of the account: lockout with a growing delay, the one-time
 * use of each TOTP time step, recovery codes that work once, and deactivation.
 */
@Entity
@Table(name = "account")
public class Account {

    /** Failed attempts (password or code) before the account is locked for the first time. */
    static final int FREE_ATTEMPTS = 5;
    /** The longest lock. */
    static final Duration MAX_LOCK = Duration.ofHours(1);

    @Id
    private UUID id;

    @Column(nullable = false, unique = true)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(nullable = false)
    private String email;

    private String organisation;

    private String discipline;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "totp_secret")
    private String totpSecret;

    @Column(name = "totp_last_step")
    private Long totpLastStep;

    @Column(nullable = false)
    private boolean active;

    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Changes whenever the account's access changes; sessions of an older stamp are over (see AccountSessions). */
    @Column(name = "security_stamp", nullable = false)
    private int securityStamp;

    @Version
    private long version;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = new HashSet<>();

    @ElementCollection
    @BatchSize(size = 100)
    @CollectionTable(name = "account_recovery_code", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "code_hash")
    private Set<String> recoveryCodeHashes = new HashSet<>();

    protected Account() {
        // for JPA
    }

    private Account(AccountId id, String username, AccountDetails details, Set<Role> roles, Instant now) {
        this.id = id.value();
        this.username = normalise(username);
        this.createdAt = now;
        this.active = true;
        update(details);
        changeRoles(roles);
    }

    /** A new, active account without password or second factor yet: it is completed through an invitation. */
    public static Account create(String username, AccountDetails details, Set<Role> roles, Instant now) {
        return new Account(AccountId.random(), username, details, roles, now);
    }

    public static String normalise(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    public void update(AccountDetails details) {
        this.displayName = details.displayName().strip();
        this.email = details.email().strip();
        this.organisation = blankToNull(details.organisation());
        this.discipline = blankToNull(details.discipline());
    }

    public void changeRoles(Set<Role> newRoles) {
        if (newRoles == null || newRoles.isEmpty()) {
            throw new DomainException("account.error.roles");
        }
        if (!roles.equals(Set.copyOf(newRoles))) {
            roles.clear();
            roles.addAll(newRoles);
            renewSecurityStamp();
        }
    }

    public void changePasswordHash(String hash) {
        this.passwordHash = Objects.requireNonNull(hash);
        renewSecurityStamp();
    }

    /** The second factor is enrolled; any earlier recovery codes are replaced by the given ones. */
    public void enrolTotp(String secret, Set<String> newRecoveryCodeHashes) {
        this.totpSecret = Objects.requireNonNull(secret);
        this.totpLastStep = null;
        recoveryCodeHashes.clear();
        recoveryCodeHashes.addAll(newRecoveryCodeHashes);
    }

    /**
     * A logged-in person replaces their second factor with a new secret, confirmed by a code of the given time step.
     * Until this moment the old secret kept working; from now on only the new one does, and the earlier recovery
     * codes are replaced. An inactive account cannot do this, and the new secret must differ from the old one.
     */
    public void reenrolTotp(String secret, long confirmedStep, Set<String> newRecoveryCodeHashes) {
        if (!active) {
            throw new DomainException("account.error.inactive");
        }
        if (secret.equals(totpSecret)) {
            throw new DomainException("mfa.error.same-secret");
        }
        enrolTotp(secret, newRecoveryCodeHashes);
        this.totpLastStep = confirmedStep;
        renewSecurityStamp();
    }

    /** Administrator reset: the person enrols a new second factor at their next login. */
    public void resetMfa() {
        this.totpSecret = null;
        this.totpLastStep = null;
        recoveryCodeHashes.clear();
        renewSecurityStamp();
    }

    public void deactivate() {
        this.active = false;
        renewSecurityStamp();
    }

    /**
     * The sessions opened before this moment are over: called whenever roles, password or second factor change, or
     * the account is deactivated.
     */
    private void renewSecurityStamp() {
        securityStamp++;
    }

    /** The stamp a session of this account must carry to be valid. */
    public int securityStamp() {
        return securityStamp;
    }

    public void activate() {
        this.active = true;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Counts a wrong password or code; from the fifth on, the account locks for 1, 2, 4, ... minutes, at most an hour. */
    public void recordFailedAttempt(Instant now) {
        failedAttempts++;
        if (failedAttempts >= FREE_ATTEMPTS) {
            int doublings = Math.min(failedAttempts - FREE_ATTEMPTS, 10);
            Duration lock = Duration.ofMinutes(1L << doublings);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
        }
    }

    public void recordSuccessfulLogin(Instant now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    /**
     * Accepts a TOTP time step once: a code that was already used (or an older one) is refused, so an overheard
     * code cannot be replayed.
     */
    public boolean useTotpStep(long step) {
        if (totpLastStep != null && step <= totpLastStep) {
            return false;
        }
        totpLastStep = step;
        return true;
    }

    /** Uses a recovery code: true, and the code is gone, when it was one of this account's unused codes. */
    public boolean useRecoveryCode(String codeHash) {
        return recoveryCodeHashes.remove(codeHash);
    }

    public CurrentUser toCurrentUser() {
        return new CurrentUser(id(), username, displayName, organisation, discipline, roles);
    }

    public AccountId id() {
        return new AccountId(id);
    }

    public String username() {
        return username;
    }

    public String displayName() {
        return displayName;
    }

    public String email() {
        return email;
    }

    public String organisation() {
        return organisation;
    }

    public String discipline() {
        return discipline;
    }

    public Optional<String> passwordHash() {
        return Optional.ofNullable(passwordHash);
    }

    public Optional<String> totpSecret() {
        return Optional.ofNullable(totpSecret);
    }

    public boolean hasMfa() {
        return totpSecret != null;
    }

    public boolean isActive() {
        return active;
    }

    public Optional<Instant> lockedUntil() {
        return Optional.ofNullable(lockedUntil);
    }

    public Optional<Instant> lastLoginAt() {
        return Optional.ofNullable(lastLoginAt);
    }

    public int failedAttempts() {
        return failedAttempts;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Set<Role> roles() {
        return roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public int remainingRecoveryCodes() {
        return recoveryCodeHashes.size();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
