package nl.hecht.shared.web;

import java.util.Map;

import org.springframework.validation.BindingResult;

import nl.hecht.shared.DomainException;

/**
 * Puts the domain's refusal next to the form field it concerns, or above the form when it concerns none, so the
 * form is shown again with everything the person typed and the reason in their language.
 */
public final class DomainRefusals {

    private DomainRefusals() {
    }

    /** @param fieldsByMessageKey which form field each refusal (by its message key) belongs to */
    public static void reject(BindingResult binding, DomainException refusal, Map<String, String> fieldsByMessageKey) {
        String field = fieldsByMessageKey.get(refusal.messageKey());
        if (field != null) {
            binding.rejectValue(field, refusal.messageKey(), refusal.arguments(), null);
        } else {
            binding.reject(refusal.messageKey(), refusal.arguments(), null);
        }
    }
}
