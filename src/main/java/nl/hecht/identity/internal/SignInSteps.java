package nl.hecht.identity.internal;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;

import nl.hecht.identity.AccountId;
import nl.hecht.shared.usecase.ApplicationService;
import nl.hecht.shared.usecase.UseCase;

/**
 * The steps of the sign-in that Spring Security's form login does not take itself: the login page, then the second
 * factor (the code, or the enrolment of one) of the person whose password was right. Each second step is for the
 * login given (the one half-way, see {@link LoginCompletion#pendingAccount}); a right code completes it. Not
 * transactional itself: the code is counted and committed before the login is completed.
 */
@ApplicationService
public class SignInSteps {

    /** The login page: whether this person is signed in already, and the identity providers to offer. */
    public record SignInPage(boolean signedIn, List<OidcProviders.Provider> providers) {
    }

    /** The code step: whether a second factor must be enrolled first, and the demo code (demo mode only). */
    public record CodeStep(boolean enrolFirst, @Nullable String demoCode) {
    }

    /** A code checked: the outcome and, to show the code page again, the demo code (demo mode only). */
    public record CodeCheck(SecondFactorResult result, @Nullable String demoCode) {
    }

    private final AccountManagement accounts;
    private final TotpService totp;
    private final LoginCompletion completion;
    private final OidcProviders oidcProviders;

    SignInSteps(AccountManagement accounts, TotpService totp, LoginCompletion completion, OidcProviders oidcProviders) {
        this.accounts = accounts;
        this.totp = totp;
        this.completion = completion;
        this.oidcProviders = oidcProviders;
    }

    @UseCase(policy = IdentityPolicies.SIGN_IN)
    public SignInPage signInPage(@Nullable Authentication authentication) {
        boolean signedIn = authentication != null && authentication.isAuthenticated()
                && LoginCompletion.pendingAccount(authentication).isEmpty()
                && !"anonymousUser".equals(authentication.getPrincipal());
        return new SignInPage(signedIn, oidcProviders.all());
    }

    @UseCase(policy = IdentityPolicies.PENDING_LOGIN)
    public CodeStep codeStep(Authentication login) {
        boolean enrolled = accounts.find(pending(login)).filter(Account::hasMfa).isPresent();
        return new CodeStep(!enrolled, totp.currentDemoCode().orElse(null));
    }

    /** Checks the code; a right one completes the login (with the person's roles and a new session id). */
    @UseCase(policy = IdentityPolicies.PENDING_LOGIN)
    public CodeCheck verifyCode(Authentication login, String code, HttpServletRequest request,
            HttpServletResponse response) {
        AccountId id = pending(login);
        SecondFactorResult result = accounts.verifySecondFactor(id, code);
        if (result == SecondFactorResult.OK) {
            completion.complete(id, request, response);
        }
        return new CodeCheck(result, totp.currentDemoCode().orElse(null));
    }

    /**
     * The enrolment of a second factor for the secret being enrolled, or a new one when there is none yet; empty when
     * the account has one already (its code is asked instead).
     */
    @UseCase(policy = IdentityPolicies.PENDING_LOGIN)
    public Optional<SecondFactorEnrolment> enrolment(Authentication login, @Nullable String secret) {
        Account account = accounts.find(pending(login)).orElseThrow();
        if (account.hasMfa()) {
            return Optional.empty();
        }
        return Optional.of(SecondFactorEnrolment.of(totp, secret == null ? totp.newSecret() : secret,
                account.username()));
    }

    /**
     * Enrols the secret when the code matches it and completes the login; returns the recovery codes (shown once). A
     * wrong code is refused ({@code mfa.error.code}).
     */
    @UseCase(policy = IdentityPolicies.PENDING_LOGIN)
    public List<String> confirmEnrolment(Authentication login, String secret, String code, HttpServletRequest request,
            HttpServletResponse response) {
        AccountId id = pending(login);
        List<String> recoveryCodes = accounts.enrolTotp(id, secret, code);
        completion.complete(id, request, response);
        return recoveryCodes;
    }

    /** The policy let only a pending login through. */
    private static AccountId pending(Authentication login) {
        return LoginCompletion.pendingAccount(login).orElseThrow(IllegalStateException::new);
    }
}
