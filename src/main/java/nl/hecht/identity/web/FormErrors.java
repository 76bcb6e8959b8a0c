package nl.hecht.identity.web;


import org.springframework.validation.BindingResult;


/** Form errors of the identity pages that no domain refusal covers: the repeated password. */
final class FormErrors {

    private FormErrors() {
    }

    static void mismatch(BindingResult result) {
        result.rejectValue("repeat", "password.error.mismatch");
    }
}
