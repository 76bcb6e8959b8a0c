package nl.hecht.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.AccountId;
import nl.hecht.identity.internal.Account;
import nl.hecht.identity.internal.AccountManagement;
import nl.hecht.identity.internal.LoginCompletion;
import nl.hecht.identity.internal.OidcProviders;
import nl.hecht.identity.internal.SecondFactorResult;
import nl.hecht.identity.internal.TotpService;
import nl.hecht.shared.DomainException;

/** The login steps: password (handled by Spring Security's form login), then the code or the enrolment of one. */
@Controller
class LoginController {

    static final String VIEW_LOGIN = "identity/login";
    static final String VIEW_CODE = "identity/login-code";
    static final String VIEW_ENROL = "identity/login-enrol";
    static final String VIEW_RECOVERY_CODES = "identity/recovery-codes";
    static final String PENDING_SECRET = "hecht.identity.pendingTotpSecret";

    private final AccountManagement accounts;
    private final TotpService totp;
    private final LoginCompletion completion;
    private final OidcProviders oidcProviders;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    LoginController(AccountManagement accounts, TotpService totp, LoginCompletion completion,
            OidcProviders oidcProviders) {
        this.accounts = accounts;
        this.totp = totp;
        this.completion = completion;
        this.oidcProviders = oidcProviders;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        if (authentication != null && authentication.isAuthenticated() && LoginCompletion.pendingAccount(authentication).isEmpty()
                && !"anonymousUser".equals(authentication.getPrincipal())) {
            return "redirect:/";
        }
        model.addAttribute("oidcProviders", oidcProviders.all());
        return VIEW_LOGIN;
    }

    @GetMapping("/login/code")
    String code(Authentication authentication, Model model) {
        AccountId id = pending(authentication);
        if (accounts.find(id).filter(Account::hasMfa).isEmpty()) {
            return "redirect:/login/enrol";
        }
        return codeView(model);
    }

    /** The code page; in demo mode it also shows the current code of the published demo secret. */
    private String codeView(Model model) {
        totp.currentDemoCode().ifPresent(code -> model.addAttribute("demoCode", code));
        return VIEW_CODE;
    }

    @PostMapping("/login/code")
    String verify(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        AccountId id = pending(authentication);
        SecondFactorResult result = accounts.verifySecondFactor(id, code);
        switch (result) {
            case OK -> {
                completion.complete(id, request, response);
                return "redirect:" + targetAfterLogin(request, response);
            }
            case WRONG_CODE -> {
                model.addAttribute("error", "login.error.code");
                return codeView(model);
            }
            default -> {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                redirect.addFlashAttribute("loginError",
                        result == SecondFactorResult.LOCKED ? "login.error.locked" : "login.error.disabled");
                return "redirect:/login";
            }
        }
    }

    @GetMapping("/login/enrol")
    String enrol(Authentication authentication, HttpSession session, Model model) {
        AccountId id = pending(authentication);
        Account account = accounts.find(id).orElseThrow();
        if (account.hasMfa()) {
            return "redirect:/login/code";
        }
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        addEnrolment(model, secret, account.username());
        return VIEW_ENROL;
    }

    @PostMapping("/login/enrol")
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, Authentication authentication,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        AccountId id = pending(authentication);
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/login/enrol";
        }
        try {
            model.addAttribute("recoveryCodes", accounts.enrolTotp(id, secret, code));
        } catch (DomainException e) {
            model.addAttribute("error", e.messageKey());
            addEnrolment(model, secret, accounts.find(id).orElseThrow().username());
            return VIEW_ENROL;
        }
        session.removeAttribute(PENDING_SECRET);
        completion.complete(id, request, response);
        model.addAttribute("next", targetAfterLogin(request, response));
        return VIEW_RECOVERY_CODES;
    }

    private void addEnrolment(Model model, String secret, String username) {
        model.addAttribute("secret", secret);
        model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qr", totp.qrDataUri(secret, username));
    }

    private String targetAfterLogin(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (saved == null) {
            return "/";
        }
        return LoginCompletion.pathAfterLogin(saved.getRedirectUrl());
    }

    private static AccountId pending(Authentication authentication) {
        return LoginCompletion.pendingAccount(authentication)
                .orElseThrow(() -> new org.springframework.security.access.AccessDeniedException("no login pending"));
    }
}
