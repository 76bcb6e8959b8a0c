package nl.hecht.network.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import nl.hecht.shared.DomainException;

/** Puts the domain's refusal at the form field it concerns, or above the form when it concerns none. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult binding, DomainException refusal, Map<String, String> fieldsByMessageKey) {
        String field = fieldsByMessageKey.get(refusal.messageKey());
        if (field != null) {
            binding.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
        } else {
            binding.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }

    static Integer number(String typed) {
        return typed == null || typed.isBlank() ? null : Integer.valueOf(typed.strip());
    }

    static String blankToNull(String typed) {
        return typed == null || typed.isBlank() ? null : typed.strip();
    }
}
