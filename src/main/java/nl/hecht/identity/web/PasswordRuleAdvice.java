package nl.hecht.identity.web;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

import nl.hecht.identity.internal.PasswordPolicy;

/** Gives the pages that set a password the minimum length of the rule, for the hint under the field. */
@ControllerAdvice(assignableTypes = {ProfileController.class, InvitationController.class})
class PasswordRuleAdvice {

    @ModelAttribute("passwordMinLength")
    int passwordMinLength() {
        return PasswordPolicy.MIN_LENGTH;
    }
}
