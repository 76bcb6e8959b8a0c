package nl.hecht.directory.web;

import java.util.List;
import java.util.Map;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
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

import nl.hecht.directory.LocationId;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.internal.EntryMaintenance;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.web.DomainRefusals;

/**
 * An organisation's page on the sociale kaart (its entries and locations) and the form for its locations, kept by
 * its staff, administrators and RESV staff (issue 5 part 4).
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF', 'COORDINATOR', 'PROFESSIONAL')")
class LocationController {

    static final String ORGANISATION_VIEW = "directory/organisation-entries";
    static final String FORM_VIEW = "directory/location-form";

    private static final Map<String, String> FIELDS = Map.of("location.error.name", "name",
            "location.error.postal-code", "postalCode", "location.error.point", "latitude");

    private final EntryMaintenance maintenance;

    LocationController(EntryMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/directory/organisations/{organisationId}/locations")
    String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId, Model model) {
        model.addAttribute("page", maintenance.organisationPage(user, OrganisationId.parse(organisationId)));
        return ORGANISATION_VIEW;
    }

    @GetMapping("/directory/organisations/{organisationId}/locations/new")
    String newLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId, Model model) {
        return form(user, OrganisationId.parse(organisationId), null, LocationForm.empty(), model);
    }

    @PostMapping("/directory/organisations/{organisationId}/locations/new")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId,
            @Validated @ModelAttribute("locationForm") LocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        OrganisationId organisation = OrganisationId.parse(organisationId);
        if (!binding.hasErrors()) {
            try {
                maintenance.addLocation(user, organisation, form.toDetails());
                redirect.addFlashAttribute("flashMessage", "location.added");
                return "redirect:/directory/organisations/" + organisation + "/locations";
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, FIELDS);
            }
        }
        return form(user, organisation, null, form, model);
    }

    @GetMapping("/directory/organisations/{organisationId}/locations/{locationId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId,
            @PathVariable String locationId, Model model) {
        OrganisationId organisation = OrganisationId.parse(organisationId);
        LocationId location = LocationId.parse(locationId);
        EntryMaintenance.EditableLocation editable = maintenance.location(user, organisation, location);
        return form(user, organisation, location, LocationForm.of(editable.details(), editable.version()), model);
    }

    @PostMapping("/directory/organisations/{organisationId}/locations/{locationId}/edit")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId,
            @PathVariable String locationId, @Validated @ModelAttribute("locationForm") LocationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        OrganisationId organisation = OrganisationId.parse(organisationId);
        LocationId location = LocationId.parse(locationId);
        if (!binding.hasErrors()) {
            try {
                maintenance.changeLocation(user, organisation, location, form.toDetails(), form.version());
                redirect.addFlashAttribute("flashMessage", "location.changed");
                return "redirect:/directory/organisations/" + organisation + "/locations";
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, FIELDS);
            } catch (OptimisticLockingFailureException e) {
                binding.reject("location.error.changed-meanwhile");
            }
        }
        return form(user, organisation, location, form, model);
    }

    private String form(CurrentUser user, OrganisationId organisation, LocationId location, LocationForm form,
            Model model) {
        List<NeighbourhoodCode> current = form.neighbourhood() == null || form.neighbourhood().isBlank() ? List.of()
                : List.of(new NeighbourhoodCode(form.neighbourhood().strip()));
        model.addAttribute("neighbourhoods", maintenance.locationChoices(user, organisation, current));
        model.addAttribute("organisationId", organisation);
        model.addAttribute("locationId", location);
        model.addAttribute("locationForm", form);
        return FORM_VIEW;
    }
}
