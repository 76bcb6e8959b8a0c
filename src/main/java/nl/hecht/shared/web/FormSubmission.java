package nl.hecht.shared.web;

import java.util.Map;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.DomainException;

/**
 * The one way a controller submits a form or an action to its module's use case:
 * <ul>
 * <li>{@link #submit}: when the form has no errors the action runs and its view (a redirect) is shown; when the form
 * has errors, or the domain refuses ({@link DomainException}, put next to the field it concerns or above the form),
 * or someone else changed the record meanwhile, the form is shown again with everything the person typed;</li>
 * <li>{@link #act}: a button without a form (end, undo, toggle): the action runs and the page it came from shows the
 * confirmation, or the reason of the refusal.</li>
 * </ul>
 */
public final class FormSubmission {

    private final BindingResult binding;
    private final Map<String, String> fieldsByMessageKey;
    private final @Nullable String changedMeanwhileKey;

    private FormSubmission(BindingResult binding, Map<String, String> fieldsByMessageKey,
            @Nullable String changedMeanwhileKey) {
        this.binding = binding;
        this.fieldsByMessageKey = Map.copyOf(fieldsByMessageKey);
        this.changedMeanwhileKey = changedMeanwhileKey;
    }

    /** A form whose refusals all go above the form. */
    public static FormSubmission of(BindingResult binding) {
        return new FormSubmission(binding, Map.of(), null);
    }

    /** @param fieldsByMessageKey which form field each refusal (by its message key) belongs to */
    public FormSubmission fields(Map<String, String> fieldsByMessageKey) {
        return new FormSubmission(binding, fieldsByMessageKey, changedMeanwhileKey);
    }

    /** The form carries a version: a change by someone else meanwhile is shown with this message, not a 500. */
    public FormSubmission versioned(String messageKey) {
        return new FormSubmission(binding, fieldsByMessageKey, messageKey);
    }

    /**
     * @param action runs the use case and returns the view to show after it (usually a redirect)
     * @param form shows the form again (with the binding's errors and what was typed)
     */
    public String submit(Supplier<String> action, Supplier<String> form) {
        if (binding.hasErrors()) {
            return form.get();
        }
        try {
            return action.get();
        } catch (DomainException refusal) {
            DomainRefusals.reject(binding, refusal, fieldsByMessageKey);
        } catch (OptimisticLockingFailureException meanwhile) {
            if (changedMeanwhileKey == null) {
                throw meanwhile;
            }
            binding.reject(changedMeanwhileKey);
        }
        return form.get();
    }

    /**
     * A button without a form: runs the action, shows {@code doneKey} as the confirmation on the page the redirect
     * leads to, or the domain's reason when it refuses.
     */
    public static String act(RedirectAttributes redirect, String redirectTo, String doneKey, Runnable action) {
        try {
            action.run();
            redirect.addFlashAttribute("flashMessage", doneKey);
        } catch (DomainException refusal) {
            redirect.addFlashAttribute("errorMessage", refusal.messageKey());
        }
        return "redirect:" + redirectTo;
    }
}
