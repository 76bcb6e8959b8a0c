package nl.hecht.directory.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.internal.OrganisationAdministration;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.web.FormSubmission;

/** The organisation register for administrators and RESV staff: the list, and a form to register or change one. */
@Controller
class OrganisationController {

    static final String LIST_VIEW = "directory/organisations";
    static final String FORM_VIEW = "directory/organisation-form";

    private static final Map<String, String> FIELDS = Map.of(
            "organisation.error.name", "name",
            "organisation.error.name-taken", "name",
            "organisation.error.agb", "agbCode",
            "organisation.error.kvk", "kvkNumber",
            "organisation.error.list-size", "listSize");

    private final OrganisationAdministration organisations;

    OrganisationController(OrganisationAdministration organisations) {
        this.organisations = organisations;
    }

    @GetMapping("/organisations")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", organisations.list(user));
        return LIST_VIEW;
    }

    @GetMapping("/organisations/new")
    String newOrganisation(@AuthenticationPrincipal CurrentUser user, Model model) {
        return newForm(user, OrganisationForm.empty(), model);
    }

    @PostMapping("/organisations")
    String register(@AuthenticationPrincipal CurrentUser user,
            @Validated @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            organisations.register(user, form.toDetails());
            redirect.addFlashAttribute("flashMessage", "organisation.registered");
            return "redirect:/organisations";
        }, () -> newForm(user, form, model));
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId id, Model model) {
        return form(user, id, OrganisationForm.of(organisations.find(user, id)), model);
    }

    @PostMapping("/organisations/{id}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId id,
            @Validated @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            organisations.change(user, id, form.toDetails());
            redirect.addFlashAttribute("flashMessage", "organisation.changed");
            return "redirect:/organisations";
        }, () -> {
            organisations.find(user, id);
            return form(user, id, form, model);
        });
    }

    /** The form for a new organisation, offered to whoever may register one. */
    private String newForm(CurrentUser user, OrganisationForm form, Model model) {
        return form(user, null, form, model);
    }

    private String form(CurrentUser user, OrganisationId id, OrganisationForm form, Model model) {
        model.addAttribute("types", organisations.types(user));
        model.addAttribute("organisationId", id);
        model.addAttribute("organisationForm", form);
        return FORM_VIEW;
    }
}
