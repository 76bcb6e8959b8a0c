package nl.hecht.identity.internal;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.core.Authentication;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.shared.usecase.AccessPolicy;
import nl.hecht.shared.usecase.UseCaseCall;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may run the use cases of the identity module. The web addresses themselves are also guarded by the filter chain
 * ({@link SecurityConfiguration}); these policies decide at the use case, whatever calls it.
 */
@Configuration(proxyBeanMethods = false)
class IdentityPolicies {

    /** Administrators: every account, invitations, roles, deactivation and the reset of a second factor. */
    static final String ADMINISTER_ACCOUNTS = "ADMINISTER_ACCOUNTS";
    /**
     * A fully signed-in person: their own profile, password and second factor (the account the use case is given is
     * the one signed in on this thread, when anyone is).
     */
    static final String OWN_ACCOUNT = "OWN_ACCOUNT";
    /** Someone half-way through the sign-in (password given): the second step, a code or the enrolment of one. */
    static final String PENDING_LOGIN = "PENDING_LOGIN";
    /**
     * Whoever holds an invitation link: the one-time token is the credential, and the use case checks it (an unknown,
     * used or expired one shows its own page).
     */
    static final String HOLD_INVITATION = "HOLD_INVITATION";
    /** Anyone: the public first step of the sign-in (the login page). */
    static final String SIGN_IN = "SIGN_IN";

    @Bean
    AccessPolicy administerAccountsPolicy() {
        return AccessPolicy.anyRole(ADMINISTER_ACCOUNTS, Role.ADMIN.name());
    }

    @Bean
    AccessPolicy ownAccountPolicy() {
        return AccessPolicy.of(OWN_ACCOUNT, call -> {
            Authentication signedIn = call.authentication();
            return Verdict.grantedIf(call.caller(CurrentUser.class)
                    .filter(me -> signedIn == null || !(signedIn.getPrincipal() instanceof CurrentUser user)
                            || user.id().equals(me.id()))
                    .isPresent());
        });
    }

    @Bean
    AccessPolicy pendingLoginPolicy() {
        return AccessPolicy.of(PENDING_LOGIN,
                call -> Verdict.grantedIf(LoginCompletion.pendingAccount(authentication(call)).isPresent()));
    }

    @Bean
    AccessPolicy holdInvitationPolicy() {
        return AccessPolicy.everyone(HOLD_INVITATION);
    }

    @Bean
    AccessPolicy signInPolicy() {
        return AccessPolicy.everyone(SIGN_IN);
    }

    /** The login a sign-in step is for: the one it is given, else the one of this thread. */
    private static Authentication authentication(UseCaseCall call) {
        return call.argument(Authentication.class).orElse(call.authentication());
    }
}
