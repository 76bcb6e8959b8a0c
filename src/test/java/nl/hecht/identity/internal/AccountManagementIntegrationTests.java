package nl.hecht.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.Role;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.MutableClock;

@SpringBootTest
@AutoConfigureMockMvc
class AccountManagementIntegrationTests {

    private static final String PASSWORD = "fietsen langs de vecht in mei";

    @Autowired
    AccountManagement accounts;
    @Autowired
    TotpService totp;
    @Autowired
    MutableClock clock;
    @Autowired
    MockMvc mvc;

    @Test
    void anInvitedPersonSetsTheirPasswordAndCanThenLogIn() throws Exception {
        String username = unique("invited");
        AccountManagement.Invited invited = invite(username);
        assertThat(invited.link()).contains("/invite/");
        assertThat(invited.mailed()).as("no SMTP configured in this test").isFalse();
        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login"));

        accounts.acceptInvitation(token(invited), PASSWORD);

        mvc.perform(formLogin("/login").user(username).password(PASSWORD)).andExpect(redirectedUrl("/login/enrol"));
        assertThat(accounts.overview(invited.account()).orElseThrow().status()).isEqualTo(AccountOverview.Status.ACTIVE);
    }

    @Test
    void anInvitationLinkWorksOnce() {
        AccountManagement.Invited invited = invite(unique("once"));
        accounts.acceptInvitation(token(invited), PASSWORD);

        assertThat(accounts.accountForInvitation(token(invited))).isEmpty();
        assertRefused(() -> accounts.acceptInvitation(token(invited), "een ander lang wachtwoord"), "invitation.error.invalid");
    }

    @Test
    void aNewInvitationMakesTheOldLinkInvalid() {
        AccountManagement.Invited first = invite(unique("reinvited"));

        AccountManagement.Invited second = accounts.reinvite(first.account());

        assertThat(accounts.accountForInvitation(token(first))).isEmpty();
        assertRefused(() -> accounts.acceptInvitation(token(first), PASSWORD), "invitation.error.invalid");
        assertThat(accounts.accountForInvitation(token(second))).isPresent();
        accounts.acceptInvitation(token(second), PASSWORD);
    }

    @Test
    void anInvitationExpiresAfterThreeDaysAndCanBeRenewed() {
        AccountManagement.Invited invited = invite(unique("expired"));
        clock.advance(Duration.ofDays(3).plusSeconds(1));
        assertThat(accounts.accountForInvitation(token(invited))).isEmpty();

        AccountManagement.Invited renewed = accounts.reinvite(invited.account());
        assertThat(accounts.accountForInvitation(token(renewed))).isPresent();
    }

    @Test
    void aTakenUsernameIsRefusedWhateverTheCase() {
        String username = unique("taken");
        invite(username);

        assertRefused(() -> invite(username.toUpperCase()), "account.error.username-taken");
    }

    @Test
    void anInvitationNeedsARole() {
        assertRefused(() -> accounts.invite(unique("norole"), details("x@example.nl"), Set.of()), "account.error.roles");
        assertThat(accounts.findByUsername("norole")).isEmpty();
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        AccountId admin = accounts.findByUsername("admin").orElseThrow().id();

        assertRefused(() -> accounts.deactivate(admin, admin), "account.error.self-deactivate");
        assertThat(accounts.find(admin).orElseThrow().isActive()).isTrue();
    }

    @Test
    void anAdministratorCannotRemoveTheirOwnAdministratorRole() {
        AccountId admin = accounts.findByUsername("admin").orElseThrow().id();
        AccountDetails details = new AccountDetails("Anouk Beheer", "admin@hecht-demo.invalid", "RESV Regio Voorbeeld", null);

        assertRefused(() -> accounts.update(admin, details, Set.of(Role.RESV_STAFF), admin), "account.error.self-admin");
        assertThat(accounts.find(admin).orElseThrow().roles()).contains(Role.ADMIN);
    }

    @Test
    void anAdministratorCannotResetTheirOwnSecondFactorButAnothersOne() {
        AccountId admin = accounts.findByUsername("admin").orElseThrow().id();

        assertRefused(() -> accounts.resetMfa(admin, admin), "account.error.self-mfa-reset");
        assertThat(accounts.find(admin).orElseThrow().hasMfa()).as("would be logged out at once").isTrue();

        AccountManagement.Invited invited = invite(unique("reset"));
        accounts.acceptInvitation(token(invited), PASSWORD);
        String secret = totp.newSecret();
        accounts.enrolTotp(invited.account(), secret, totp.codeAt(secret, totp.currentStep()));
        accounts.resetMfa(invited.account(), admin);
        assertThat(accounts.find(invited.account()).orElseThrow().hasMfa()).isFalse();
    }

    @Test
    void deactivationWithdrawsTheOpenInvitation() {
        AccountId admin = accounts.findByUsername("admin").orElseThrow().id();
        AccountManagement.Invited invited = invite(unique("deactivated"));

        accounts.deactivate(invited.account(), admin);

        assertThat(accounts.find(invited.account()).orElseThrow().isActive()).isFalse();
        assertThat(accounts.accountForInvitation(token(invited))).as("the link would reactivate the account").isEmpty();
    }

    @Test
    void reEnrolmentKeepsTheOldSecretUntilTheNewOneIsConfirmed() {
        AccountManagement.Invited invited = invite(unique("reenrol"));
        AccountId id = invited.account();
        accounts.acceptInvitation(token(invited), PASSWORD);
        String oldSecret = totp.newSecret();
        accounts.enrolTotp(id, oldSecret, totp.codeAt(oldSecret, totp.currentStep()));
        String newSecret = totp.newSecret();

        assertRefused(() -> accounts.reenrolTotp(id, "not my password", newSecret,
                totp.codeAt(newSecret, totp.currentStep()), null), "password.error.current");
        assertThat(accounts.find(id).orElseThrow().failedAttempts()).as("a wrong password counts").isEqualTo(1);
        assertRefused(() -> accounts.reenrolTotp(id, PASSWORD, newSecret, "000000", null), "mfa.error.code");
        assertThat(accounts.find(id).orElseThrow().totpSecret()).contains(oldSecret);

        List<String> recoveryCodes = accounts.reenrolTotp(id, PASSWORD, newSecret, totp.codeAt(newSecret, totp.currentStep()), null);
        assertThat(recoveryCodes).hasSize(10);
        clock.advance(Duration.ofSeconds(30));
        long step = totp.currentStep();
        assertThat(accounts.verifySecondFactor(id, totp.codeAt(oldSecret, step))).isEqualTo(SecondFactorResult.WRONG_CODE);
        assertThat(accounts.verifySecondFactor(id, totp.codeAt(newSecret, step))).isEqualTo(SecondFactorResult.OK);
        assertThat(accounts.verifySecondFactor(id, recoveryCodes.get(0))).isEqualTo(SecondFactorResult.OK);
        assertThat(accounts.verifySecondFactor(id, recoveryCodes.get(0))).isEqualTo(SecondFactorResult.WRONG_CODE);
    }

    @Test
    void anOidcLoginFindsTheOneActiveAccountByEmailIgnoringCase() {
        String email = unique("oidc") + "@Zorg.Example";
        AccountId id = accounts.invite(unique("oidc"), details(email), Set.of(Role.PROFESSIONAL)).account();

        assertThat(accounts.completeOidcLogin(email.toUpperCase())).contains(id);
        assertThat(accounts.overview(id).orElseThrow().lastLoginAt()).isCloseTo(clock.instant(), within(1, ChronoUnit.MILLIS));
        assertThat(accounts.completeOidcLogin("nobody@zorg.example")).isEmpty();
        assertThat(accounts.completeOidcLogin(" ")).isEmpty();
    }

    @Test
    void anOidcLoginIsRefusedForAnInactiveAccountOrAnAmbiguousAddress() {
        AccountId admin = accounts.findByUsername("admin").orElseThrow().id();
        String inactiveEmail = unique("inactive") + "@zorg.example";
        AccountId inactive = accounts.invite(unique("inactive"), details(inactiveEmail), Set.of(Role.PROFESSIONAL)).account();
        accounts.deactivate(inactive, admin);
        String sharedEmail = unique("shared") + "@zorg.example";
        accounts.invite(unique("shared1"), details(sharedEmail), Set.of(Role.PROFESSIONAL));
        accounts.invite(unique("shared2"), details(sharedEmail), Set.of(Role.PROFESSIONAL));

        assertThat(accounts.completeOidcLogin(inactiveEmail)).isEmpty();
        assertThat(accounts.completeOidcLogin(sharedEmail)).isEmpty();
    }

    private AccountManagement.Invited invite(String username) {
        return accounts.invite(username, details(username + "@example.nl"), Set.of(Role.PROFESSIONAL));
    }

    private static AccountDetails details(String email) {
        return new AccountDetails("Test Persoon", email, "Testorganisatie", "Wijkverpleegkundige");
    }

    private static String token(AccountManagement.Invited invited) {
        return invited.link().substring(invited.link().lastIndexOf('/') + 1);
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static void assertRefused(Runnable action, String messageKey) {
        assertThatThrownBy(action::run).isInstanceOfSatisfying(DomainException.class,
                refusal -> assertThat(refusal.messageKey()).isEqualTo(messageKey));
    }
}
