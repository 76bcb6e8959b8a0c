package nl.hecht.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;

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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.internal.AccountLockedException;
import nl.hecht.identity.internal.OwnAccount;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.web.FormSubmission;

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

    private final OwnAccount ownAccount;

    ProfileController(OwnAccount ownAccount) {
        this.ownAccount = ownAccount;
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
        return FormSubmission.of(result).fields(FIELDS).submit(() -> {
            try {
                // this session goes on, the others end
                ownAccount.changePassword(me, changePasswordForm.current(), changePasswordForm.password(),
                        request.getSession());
            } catch (AccountLockedException locked) {
                return loggedOut(locked, request, response, redirect);
            }
            redirect.addFlashAttribute("flashMessage", "profile.password.changed");
            return "redirect:/profile";
        }, () -> page(me, model));
    }

    @GetMapping("/mfa")
    String newSecondFactor(@AuthenticationPrincipal CurrentUser me, HttpSession session, Model model) {
        return enrolment(me, (String) session.getAttribute(NEW_SECRET), session, model);
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
                    ownAccount.replaceSecondFactor(me, currentPassword, secret, code, session));
        } catch (AccountLockedException locked) {
            return loggedOut(locked, request, response, redirect);
        } catch (DomainException refusal) {
            // a code without a form: the reason above the enrolment, shown again with the same secret
            model.addAttribute("error", refusal.messageKey());
            return enrolment(me, secret, session, model);
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
        model.addAttribute("account", ownAccount.profile(me));
        return VIEW;
    }

    private String enrolment(CurrentUser me, String secret, HttpSession session, Model model) {
        var enrolment = ownAccount.secondFactorEnrolment(me, secret);
        session.setAttribute(NEW_SECRET, enrolment.secret());
        LoginController.addEnrolment(enrolment, model);
        return VIEW_MFA;
    }
}
