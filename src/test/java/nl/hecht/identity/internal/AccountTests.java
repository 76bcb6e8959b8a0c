package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import nl.hecht.identity.Role;
import nl.hecht.shared.DomainException;

class AccountTests {

    private static final Instant NOW = Instant.parse("2026-03-02T09:00:00Z");

    private final Account account = Account.create(" Jan.Test ",
            new AccountDetails("Jan Test", "jan@example.nl", "Thuiszorg", "Wijkverpleegkundige"), Set.of(Role.PROFESSIONAL),
            NOW);

    @Test
    void usernameIsStoredNormalised() {
        assertThat(account.username()).isEqualTo("jan.test");
        assertThat(account.isActive()).isTrue();
        assertThat(account.passwordHash()).isEmpty();
    }

    @Test
    void fourFailuresDoNotLock() {
        failures(4);

        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.lockedUntil()).isEmpty();
    }

    @Test
    void theFifthFailureLocksForOneMinuteAndEachNextOneDoublesTheLock() {
        failures(5);
        assertThat(account.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(1)));
        assertThat(account.isLocked(NOW.plusSeconds(59))).isTrue();
        assertThat(account.isLocked(NOW.plusSeconds(60))).isFalse();

        failures(1);
        assertThat(account.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(2)));
        failures(1);
        assertThat(account.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(4)));
        failures(1);
        assertThat(account.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(8)));
    }

    @Test
    void theLockIsCappedAtOneHour() {
        failures(11); // 1, 2, 4, 8, 16, 32 minutes, then 64 would be more than an hour
        assertThat(account.lockedUntil()).contains(NOW.plus(Duration.ofMinutes(60)));

        failures(30);
        assertThat(account.lockedUntil()).contains(NOW.plus(Duration.ofHours(1)));
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(59)))).isTrue();
        assertThat(account.isLocked(NOW.plus(Duration.ofMinutes(60)))).isFalse();
    }

    @Test
    void aSuccessfulLoginEndsTheLockAndTheCount() {
        failures(6);

        account.recordSuccessfulLogin(NOW);

        assertThat(account.isLocked(NOW)).isFalse();
        assertThat(account.failedAttempts()).isZero();
        assertThat(account.lastLoginAt()).contains(NOW);
        failures(4);
        assertThat(account.isLocked(NOW)).isFalse();
    }

    @Test
    void aTotpTimeStepIsAcceptedOnlyOnceAndNeverAnOlderOne() {
        account.enrolTotp("SECRET", Set.of());

        assertThat(account.useTotpStep(1000)).isTrue();
        assertThat(account.useTotpStep(1000)).as("replay of the same code").isFalse();
        assertThat(account.useTotpStep(999)).as("an older code").isFalse();
        assertThat(account.useTotpStep(1001)).isTrue();
    }

    @Test
    void aRecoveryCodeWorksOnce() {
        account.enrolTotp("SECRET", Set.of("hash-a", "hash-b"));

        assertThat(account.useRecoveryCode("hash-a")).isTrue();
        assertThat(account.useRecoveryCode("hash-a")).isFalse();
        assertThat(account.useRecoveryCode("unknown")).isFalse();
        assertThat(account.remainingRecoveryCodes()).isEqualTo(1);
    }

    @Test
    void deactivationAndActivation() {
        failures(5);

        account.deactivate();
        assertThat(account.isActive()).isFalse();
        assertThat(AccountOverview.of(account, NOW).status()).isEqualTo(AccountOverview.Status.INACTIVE);

        account.activate();
        assertThat(account.isActive()).isTrue();
        assertThat(account.isLocked(NOW)).as("activation lifts the lock").isFalse();
    }

    @Test
    void anAccountNeedsARole() {
        assertThatThrownBy(() -> account.changeRoles(Set.of()))
                .isInstanceOfSatisfying(DomainException.class,
                        refusal -> assertThat(refusal.messageKey()).isEqualTo("account.error.roles"));
        assertThat(account.roles()).containsExactly(Role.PROFESSIONAL);
    }

    @Test
    void reEnrolmentReplacesTheSecretAndTheRecoveryCodesAndUsesTheConfirmingStep() {
        account.enrolTotp("OLDSECRET", Set.of("old-code"));
        account.useTotpStep(500);

        account.reenrolTotp("NEWSECRET", 480, Set.of("new-code"));

        assertThat(account.totpSecret()).contains("NEWSECRET");
        assertThat(account.useRecoveryCode("old-code")).isFalse();
        assertThat(account.useRecoveryCode("new-code")).isTrue();
        assertThat(account.useTotpStep(480)).as("the confirming code cannot be replayed").isFalse();
        assertThat(account.useTotpStep(481)).as("steps of the new secret count from its own confirmation").isTrue();
    }

    @Test
    void reEnrolmentIsRefusedForAnInactiveAccountOrTheSameSecret() {
        account.enrolTotp("OLDSECRET", Set.of());

        assertThatThrownBy(() -> account.reenrolTotp("OLDSECRET", 1, Set.of()))
                .hasMessage("mfa.error.same-secret");
        account.deactivate();
        assertThatThrownBy(() -> account.reenrolTotp("NEWSECRET", 1, Set.of()))
                .hasMessage("account.error.inactive");
        assertThat(account.totpSecret()).contains("OLDSECRET");
    }

    @Test
    void anAdministratorResetOfTheSecondFactorRemovesSecretAndCodes() {
        account.enrolTotp("SECRET", Set.of("code"));

        account.resetMfa();

        assertThat(account.hasMfa()).isFalse();
        assertThat(account.remainingRecoveryCodes()).isZero();
    }

    private void failures(int count) {
        for (int i = 0; i < count; i++) {
            account.recordFailedAttempt(NOW);
        }
    }
}
