package nl.hecht.identity.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.internal.Invitations;
import nl.hecht.shared.web.FormSubmission;

/** The one-time invitation link: the invited person sets their password, then logs in. Open to anyone with the link. */
@Controller
@RequestMapping("/invite/{token}")
class InvitationController {

    static final String VIEW = "identity/invitation";
    static final String VIEW_INVALID = "identity/invitation-invalid";
    static final String INVALID = "invitation.error.invalid";

    private static final Map<String, String> FIELDS = Map.of(
            "password.error.short", "password",
            "password.error.long", "password",
            "password.error.common", "password");

    private final Invitations invitations;

    InvitationController(Invitations invitations) {
        this.invitations = invitations;
    }

    @GetMapping
    String show(@PathVariable String token, Model model, HttpServletResponse response) {
        model.addAttribute("setPasswordForm", new SetPasswordForm("", ""));
        return page(token, model, response);
    }

    /** A link that stopped working meanwhile ({@link #INVALID}) shows the page that says so: the form is gone. */
    @PostMapping
    String setPassword(@PathVariable String token, @Valid SetPasswordForm setPasswordForm, BindingResult result,
            Model model, HttpServletResponse response, RedirectAttributes redirect) {
        if (!result.hasErrors() && !setPasswordForm.repeated()) {
            FormErrors.mismatch(result);
        }
        return FormSubmission.of(result).fields(FIELDS).submit(() -> {
            invitations.accept(token, setPasswordForm.password());
            redirect.addFlashAttribute("passwordSet", true);
            return "redirect:/login";
        }, () -> INVALID.equals(globalError(result)) ? invalid(response) : page(token, model, response));
    }

    private String page(String token, Model model, HttpServletResponse response) {
        return invitations.username(token).map(username -> {
            model.addAttribute("token", token);
            model.addAttribute("username", username);
            return VIEW;
        }).orElseGet(() -> invalid(response));
    }

    private static String globalError(BindingResult result) {
        return result.getGlobalError() == null ? null : result.getGlobalError().getCode();
    }

    /** Unknown, used or expired: a page that says so, with 404 and nothing more. */
    private static String invalid(HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        return VIEW_INVALID;
    }
}
