package nl.hecht.directory.web;

import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.OrganisationType;
import nl.hecht.directory.internal.OrganisationAdministration;
import nl.hecht.directory.internal.OrganisationAdministration.OrganisationNotFoundException;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.web.DomainRefusals;

/** The organisation register for administrators and RESV staff: the list, and a form to register or change one. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF')")
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

    @ModelAttribute("types")
    OrganisationType[] types() {
        return OrganisationType.values();
    }

    @GetMapping("/organisations")
    String list(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("organisations", organisations.list(user));
        return LIST_VIEW;
    }

    @GetMapping("/organisations/new")
    String newOrganisation(Model model) {
        return form(null, OrganisationForm.empty(), model);
    }

    @PostMapping("/organisations")
    String register(@AuthenticationPrincipal CurrentUser user,
            @Validated @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                organisations.register(user, form.toDetails());
                redirect.addFlashAttribute("flashMessage", "organisation.registered");
                return "redirect:/organisations";
            } catch (DomainException e) {
                reject(binding, e);
            }
        }
        return form(null, form, model);
    }

    @GetMapping("/organisations/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        OrganisationId organisationId = parse(id);
        return form(organisationId, OrganisationForm.of(organisations.find(user, organisationId)), model);
    }

    @PostMapping("/organisations/{id}")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("organisationForm") OrganisationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganisationId organisationId = parse(id);
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                organisations.change(user, organisationId, form.toDetails());
                redirect.addFlashAttribute("flashMessage", "organisation.changed");
                return "redirect:/organisations";
            } catch (DomainException e) {
                reject(binding, e);
            }
        }
        organisations.find(user, organisationId);
        return form(organisationId, form, model);
    }

    @ExceptionHandler(OrganisationNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    String notFound(Model model) {
        model.addAttribute("status", 404);
        model.addAttribute("errorKind", "404");
        return "error";
    }

    private static String form(OrganisationId id, OrganisationForm form, Model model) {
        model.addAttribute("organisationId", id);
        model.addAttribute("organisationForm", form);
        return FORM_VIEW;
    }

    private static void reject(BindingResult binding, DomainException refusal) {
        DomainRefusals.reject(binding, refusal, FIELDS);
    }

    private static OrganisationId parse(String id) {
        try {
            return OrganisationId.parse(id);
        } catch (IllegalArgumentException e) {
            throw new OrganisationNotFoundException();
        }
    }
}
