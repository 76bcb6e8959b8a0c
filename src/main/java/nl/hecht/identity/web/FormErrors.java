package nl.hecht.identity.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import nl.hecht.shared.DomainException;

/** Puts the domain's refusal next to the form field it concerns, or above the form when it concerns none. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult result, DomainException refusal, Map<String, String> fieldsByMessageKey) {
        String field = fieldsByMessageKey.get(refusal.messageKey());
        if (field != null) {
            result.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
        } else {
            result.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }

    static void mismatch(BindingResult result) {
        result.rejectValue("repeat", "password.error.mismatch");
    }
}
