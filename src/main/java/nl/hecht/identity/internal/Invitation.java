package nl.hecht.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import nl.hecht.identity.AccountId;

/** A one-time link with which an invited person sets their password. Only a hash of the token is stored. */
@Entity
@Table(name = "invitation")
class Invitation {

    static final Duration VALIDITY = Duration.ofDays(3);

    @Id
    private UUID id;

    @Column(name = "account_id", nullable = false)
    private AccountId accountId;

    @Column(name = "token_hash", nullable = false, unique = true)
    private String tokenHash;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected Invitation() {
        // for JPA
    }

    Invitation(AccountId accountId, String tokenHash, Instant now) {
        this.id = UUID.randomUUID();
        this.accountId = accountId;
        this.tokenHash = tokenHash;
        this.createdAt = now;
        this.expiresAt = now.plus(VALIDITY);
    }

    boolean isUsable(Instant now) {
        return usedAt == null && now.isBefore(expiresAt);
    }

    void use(Instant now) {
        if (!isUsable(now)) {
            throw new IllegalStateException("invitation is used or expired");
        }
        usedAt = now;
    }

    AccountId accountId() {
        return accountId;
    }
}
