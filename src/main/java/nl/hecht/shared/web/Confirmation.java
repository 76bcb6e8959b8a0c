package nl.hecht.shared.web;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.ui.Model;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The one pattern for actions that end, remove or reset something: the action's form posts without
 * {@value #PARAM}; the controller then answers with a page that says what will happen and asks again (a plain form,
 * so it works without JavaScript), and only the second post, with {@code confirmed=true}, acts. Where the action is
 * cheap to reverse, the message after it offers "Ongedaan maken" ({@link #offerUndo}).
 *
 * @param question message key of the question, with {@code arguments}
 * @param action the address the confirmed form posts to (the same as the first post)
 * @param confirmLabel message key of the button that acts
 * @param cancelUrl where "Annuleren" leads: the page the action came from
 * @param fields the fields of the first post, sent again with the confirmation
 */
public record Confirmation(String question, List<Object> arguments, String action, String confirmLabel,
        String cancelUrl, Map<String, String> fields) {

    public static final String VIEW = "confirm";
    public static final String PARAM = "confirmed";
    /** Flash attribute: the address of the form that undoes what was just done. */
    public static final String UNDO = "flashUndo";

    public Confirmation {
        arguments = List.copyOf(arguments);
        fields = new LinkedHashMap<>(fields);
    }

    public static Confirmation of(String question, String action, String confirmLabel, String cancelUrl,
            Object... arguments) {
        return new Confirmation(question, List.of(arguments), action, confirmLabel, cancelUrl, Map.of());
    }

    /** The same confirmation that also sends this field again. */
    public Confirmation with(String name, Object value) {
        Map<String, String> more = new LinkedHashMap<>(fields);
        more.put(name, value == null ? "" : value.toString());
        return new Confirmation(question, arguments, action, confirmLabel, cancelUrl, more);
    }

    /** Shows the confirmation page; returns its view name. */
    public String ask(Model model) {
        model.addAttribute("confirmation", this);
        return VIEW;
    }

    public Object[] argumentArray() {
        return arguments.toArray();
    }

    /** After a reversible action: the flash message carries a button that posts to {@code undoAction}. */
    public static void offerUndo(RedirectAttributes redirect, String undoAction) {
        redirect.addFlashAttribute(UNDO, (Serializable) undoAction);
    }
}
