package nl.hecht.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.DomainRefusals;
import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.internal.AccountLockedException;
import nl.hecht.identity.internal.AccountManagement;
import nl.hecht.identity.internal.AccountSessions;
import nl.hecht.identity.internal.AccountOverview;
import nl.hecht.identity.internal.TotpService;
import nl.hecht.shared.DomainException;

/** A person's own profile: their details, a new password, a new second factor. */
@Controller
@RequestMapping("/profile")
class ProfileController {

    static final String VIEW = "identity/profile";
    static final String VIEW_MFA = "identity/profile-mfa";
    static final String VIEW_RECOVERY_CODES = LoginController.VIEW_RECOVERY_CODES;
    /** The new TOTP secret until its first code confirms it; the old one keeps working until then. */
    static final String NEW_SECRET = "hecht.identity.newTotpSecret";

    private static final Map<String, String> FIELDS = Map.of(
            "password.error.current", "current",
            "password.error.short", "password",
            "password.error.long", "password",
            "password.error.common", "password");

    private final AccountManagement accounts;
    private final AccountSessions sessions;
    private final TotpService totp;

    ProfileController(AccountManagement accounts, AccountSessions sessions, TotpService totp) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.totp = totp;
    }

    @GetMapping
    String profile(@AuthenticationPrincipal CurrentUser me, Model model) {
        model.addAttribute("changePasswordForm", ChangePasswordForm.empty());
        return page(me, model);
    }

    @PostMapping("/password")
    String changePassword(@AuthenticationPrincipal CurrentUser me, @Valid ChangePasswordForm changePasswordForm,
            BindingResult result, Model model, RedirectAttributes redirect, HttpServletRequest request,
            HttpServletResponse response) {
        if (!result.hasErrors() && !changePasswordForm.repeated()) {
            FormErrors.mismatch(result);
        }
        if (!result.hasErrors()) {
            try {
                // this session goes on, the others end
                accounts.changePassword(me.id(), changePasswordForm.current(), changePasswordForm.password(),
                        request.getSession().getId());
                sessions.keepThisSession(me.id(), request);
                redirect.addFlashAttribute("flashMessage", "profile.password.changed");
                return "redirect:/profile";
            } catch (AccountLockedException locked) {
                return loggedOut(locked, request, response, redirect);
            } catch (DomainException refusal) {
                DomainRefusals.reject(result, refusal, FIELDS);
            }
        }
        return page(me, model);
    }

    @GetMapping("/mfa")
    String newSecondFactor(@AuthenticationPrincipal CurrentUser me, HttpSession session, Model model) {
        String secret = (String) session.getAttribute(NEW_SECRET);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(NEW_SECRET, secret);
        }
        return enrolment(me, secret, model);
    }

    @PostMapping("/mfa")
    String confirmSecondFactor(@AuthenticationPrincipal CurrentUser me, @RequestParam(defaultValue = "") String code,
            @RequestParam(defaultValue = "") String currentPassword, HttpSession session, Model model,
            HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
        String secret = (String) session.getAttribute(NEW_SECRET);
        if (secret == null) {
            return "redirect:/profile/mfa";
        }
        try {
            model.addAttribute("recoveryCodes",
                    accounts.reenrolTotp(me.id(), currentPassword, secret, code, session.getId()));
            sessions.keepThisSession(me.id(), request);
        } catch (AccountLockedException locked) {
            return loggedOut(locked, request, response, redirect);
        } catch (DomainException refusal) {
            model.addAttribute("error", refusal.messageKey());
            return enrolment(me, secret, model);
        }
        session.removeAttribute(NEW_SECRET);
        model.addAttribute("next", "/profile");
        return VIEW_RECOVERY_CODES;
    }

    /** Too many wrong current passwords: as at login, this session ends and the login page tells why. */
    private static String loggedOut(AccountLockedException locked, HttpServletRequest request,
            HttpServletResponse response, RedirectAttributes redirect) {
        new SecurityContextLogoutHandler().logout(request, response, SecurityContextHolder.getContext().getAuthentication());
        redirect.addFlashAttribute("loginError", locked.messageKey());
        return "redirect:/login";
    }

    private String page(CurrentUser me, Model model) {
        AccountOverview account = accounts.overview(me.id())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("account", account);
        return VIEW;
    }

    private String enrolment(CurrentUser me, String secret, Model model) {
        model.addAttribute("secret", secret);
        model.addAttribute("secretGroups", secret.replaceAll("(.{4})(?!$)", "$1 "));
        model.addAttribute("qr", totp.qrDataUri(secret, me.username()));
        return VIEW_MFA;
    }
}
