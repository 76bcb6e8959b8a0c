package nl.hecht.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import nl.hecht.area.internal.AreaAdministration;
import nl.hecht.identity.internal.AccountAdministration;
import nl.hecht.identity.internal.Invitations;
import nl.hecht.identity.internal.OwnAccount;
import nl.hecht.identity.internal.SignInSteps;
import nl.hecht.shared.NotFoundException;
import nl.hecht.shared.usecase.UseCaseCatalogue;
import nl.hecht.shared.usecase.UseCaseDescription;

/** The use cases of identity and area, each with its policy, and what the policies answer to whom. */
@SpringBootTest
@AutoConfigureMockMvc
class IdentityUseCasesTests {

    @Autowired
    UseCaseCatalogue catalogue;
    @Autowired
    AccountAdministration administration;
    @Autowired
    OwnAccount ownAccount;
    @Autowired
    SignInSteps signIn;
    @Autowired
    Invitations invitations;
    @Autowired
    AreaAdministration areas;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void everyUseCaseOfIdentityAndAreaDeclaresItsPolicy() {
        Map<String, String> policies = catalogue.useCases().stream()
                .filter(useCase -> useCase.service().getPackageName().startsWith("nl.hecht.identity")
                        || useCase.service().getPackageName().startsWith("nl.hecht.area"))
                .collect(Collectors.toMap(UseCaseDescription::name, UseCaseDescription::policy));

        assertThat(policies).containsExactlyInAnyOrderEntriesOf(Map.ofEntries(
                Map.entry("AccountAdministration.overview", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.account", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.invite", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.reinvite", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.update", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.deactivate", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.activate", "ADMINISTER_ACCOUNTS"),
                Map.entry("AccountAdministration.resetMfa", "ADMINISTER_ACCOUNTS"),
                Map.entry("OwnAccount.profile", "OWN_ACCOUNT"),
                Map.entry("OwnAccount.changePassword", "OWN_ACCOUNT"),
                Map.entry("OwnAccount.secondFactorEnrolment", "OWN_ACCOUNT"),
                Map.entry("OwnAccount.replaceSecondFactor", "OWN_ACCOUNT"),
                Map.entry("SignInSteps.signInPage", "SIGN_IN"),
                Map.entry("SignInSteps.codeStep", "PENDING_LOGIN"),
                Map.entry("SignInSteps.verifyCode", "PENDING_LOGIN"),
                Map.entry("SignInSteps.enrolment", "PENDING_LOGIN"),
                Map.entry("SignInSteps.confirmEnrolment", "PENDING_LOGIN"),
                Map.entry("Invitations.username", "HOLD_INVITATION"),
                Map.entry("Invitations.accept", "HOLD_INVITATION"),
                Map.entry("AreaAdministration.overview", "ADMINISTER_AREAS"),
                Map.entry("AreaAdministration.startCbsImport", "ADMINISTER_AREAS"),
                Map.entry("AreaAdministration.startMapImport", "ADMINISTER_AREAS"),
                Map.entry("AreaAdministration.job", "ADMINISTER_AREAS")));
        assertThat(catalogue.policies()).containsKeys("ADMINISTER_ACCOUNTS", "OWN_ACCOUNT", "PENDING_LOGIN",
                "HOLD_INVITATION", "SIGN_IN", "ADMINISTER_AREAS");
    }

    @Test
    void onlyAdministratorsAdministerAccountsAndAreas() {
        signIn(Role.COORDINATOR);
        assertThatThrownBy(() -> administration.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.account(AccountId.random())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> administration.activate(AccountId.random())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.overview()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> areas.job(java.util.UUID.randomUUID())).isInstanceOf(AccessDeniedException.class);

        CurrentUser admin = signIn(Role.ADMIN);
        assertThat(administration.overview()).isNotEmpty();
        assertThat(areas.overview().summary()).isNotNull();
        // an administrator may look, and an account or import that does not exist is not found
        assertThatThrownBy(() -> administration.account(AccountId.random())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> areas.job(java.util.UUID.randomUUID())).isInstanceOf(NotFoundException.class);

        // the person the use case is given decides, not only the one signed in
        CurrentUser coordinator = user(Role.COORDINATOR);
        assertThatThrownBy(() -> administration.resetMfa(admin.id(), coordinator))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void ownAccountIsForWhoeverIsSignedIn() {
        assertThatThrownBy(() -> ownAccount.profile(null)).isInstanceOf(AccessDeniedException.class);
        CurrentUser someone = signIn(Role.PROFESSIONAL);
        // granted, but an account that does not exist (any more) is not found
        assertThatThrownBy(() -> ownAccount.profile(someone)).isInstanceOf(NotFoundException.class);
        // nobody's own account is someone else's
        assertThatThrownBy(() -> ownAccount.profile(user(Role.ADMIN))).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theSecondSignInStepIsOnlyForALoginHalfWay() {
        Authentication full = authentication(user(Role.ADMIN));
        assertThatThrownBy(() -> signIn.codeStep(full)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.enrolment(full, null)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> signIn.codeStep(null)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLoginPageAndInvitationLinksAreOpenToAnyone() {
        assertThat(signIn.signInPage(null).signedIn()).isFalse();
        assertThat(signIn.signInPage(authentication(user(Role.PROFESSIONAL))).signedIn()).isTrue();
        assertThat(invitations.username("no-such-token")).isEmpty();
    }

    private static CurrentUser user(Role role) {
        return new CurrentUser(AccountId.random(), role.name().toLowerCase(), "Test " + role, null, null, Set.of(role));
    }

    private static CurrentUser signIn(Role role) {
        CurrentUser user = user(role);
        SecurityContextHolder.getContext().setAuthentication(authentication(user));
        return user;
    }

    private static Authentication authentication(CurrentUser user) {
        return UsernamePasswordAuthenticationToken.authenticated(user, null, List.of(
                new SimpleGrantedAuthority("MFA_VERIFIED"), new SimpleGrantedAuthority(user.roles().iterator().next().authority())));
    }
}
