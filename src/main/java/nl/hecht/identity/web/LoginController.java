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

import nl.hecht.identity.internal.LoginCompletion;
import nl.hecht.identity.internal.SecondFactorEnrolment;
import nl.hecht.identity.internal.SecondFactorResult;
import nl.hecht.identity.internal.SignInSteps;
import nl.hecht.identity.internal.SignInSteps.CodeCheck;
import nl.hecht.identity.internal.SignInSteps.CodeStep;
import nl.hecht.identity.internal.SignInSteps.SignInPage;
import nl.hecht.shared.DomainException;

/** The login steps: password (handled by Spring Security's form login), then the code or the enrolment of one. */
@Controller
class LoginController {

    static final String VIEW_LOGIN = "identity/login";
    static final String VIEW_CODE = "identity/login-code";
    static final String VIEW_ENROL = "identity/login-enrol";
    static final String VIEW_RECOVERY_CODES = "identity/recovery-codes";
    static final String PENDING_SECRET = "hecht.identity.pendingTotpSecret";

    private final SignInSteps signIn;
    private final RequestCache requestCache = new HttpSessionRequestCache();

    LoginController(SignInSteps signIn) {
        this.signIn = signIn;
    }

    @GetMapping("/login")
    String login(Authentication authentication, Model model) {
        SignInPage page = signIn.signInPage(authentication);
        if (page.signedIn()) {
            return "redirect:/";
        }
        model.addAttribute("oidcProviders", page.providers());
        return VIEW_LOGIN;
    }

    @GetMapping("/login/code")
    String code(Authentication authentication, Model model) {
        CodeStep step = signIn.codeStep(authentication);
        if (step.enrolFirst()) {
            return "redirect:/login/enrol";
        }
        return codeView(step.demoCode(), model);
    }

    /** The code page; in demo mode it also shows the current code of the published demo secret. */
    private static String codeView(String demoCode, Model model) {
        if (demoCode != null) {
            model.addAttribute("demoCode", demoCode);
        }
        return VIEW_CODE;
    }

    @PostMapping("/login/code")
    String verify(@RequestParam(defaultValue = "") String code, Authentication authentication, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        CodeCheck check = signIn.verifyCode(authentication, code, request, response);
        switch (check.result()) {
            case OK -> {
                return "redirect:" + targetAfterLogin(request, response);
            }
            case WRONG_CODE -> {
                model.addAttribute("error", "login.error.code");
                return codeView(check.demoCode(), model);
            }
            default -> {
                new SecurityContextLogoutHandler().logout(request, response, authentication);
                redirect.addFlashAttribute("loginError",
                        check.result() == SecondFactorResult.LOCKED ? "login.error.locked" : "login.error.disabled");
                return "redirect:/login";
            }
        }
    }

    @GetMapping("/login/enrol")
    String enrol(Authentication authentication, HttpSession session, Model model) {
        return signIn.enrolment(authentication, (String) session.getAttribute(PENDING_SECRET)).map(enrolment -> {
            session.setAttribute(PENDING_SECRET, enrolment.secret());
            return enrolmentView(enrolment, model);
        }).orElse("redirect:/login/code");
    }

    @PostMapping("/login/enrol")
    String confirmEnrolment(@RequestParam(defaultValue = "") String code, Authentication authentication,
            HttpSession session, Model model, HttpServletRequest request, HttpServletResponse response) {
        String secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/login/enrol";
        }
        try {
            model.addAttribute("recoveryCodes", signIn.confirmEnrolment(authentication, secret, code, request, response));
        } catch (DomainException refusal) {
            // a code without a form: the reason above the enrolment, shown again with the same secret
            model.addAttribute("error", refusal.messageKey());
            return enrolmentView(signIn.enrolment(authentication, secret).orElseThrow(), model);
        }
        session.removeAttribute(PENDING_SECRET);
        model.addAttribute("next", targetAfterLogin(request, response));
        return VIEW_RECOVERY_CODES;
    }

    private static String enrolmentView(SecondFactorEnrolment enrolment, Model model) {
        addEnrolment(enrolment, model);
        return VIEW_ENROL;
    }

    /** The new secret, to type or to scan (here and on the profile page). */
    static void addEnrolment(SecondFactorEnrolment enrolment, Model model) {
        model.addAttribute("secret", enrolment.secret());
        model.addAttribute("secretGroups", enrolment.secretGroups());
        model.addAttribute("qr", enrolment.qr());
    }

    private String targetAfterLogin(HttpServletRequest request, HttpServletResponse response) {
        SavedRequest saved = requestCache.getRequest(request, response);
        requestCache.removeRequest(request, response);
        if (saved == null) {
            return "/";
        }
        return LoginCompletion.pathAfterLogin(saved.getRedirectUrl());
    }
}
