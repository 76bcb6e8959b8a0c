package nl.hecht.directory.web;

import java.util.List;
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

import nl.hecht.directory.LocationId;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.internal.OrganisationLocations;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.web.FormSubmission;

/**
 * An organisation's page on the sociale kaart (its entries and locations) and the form for its locations, kept by
 * its staff, administrators and RESV staff (R090).
 */
@Controller
class LocationController {

    static final String ORGANISATION_VIEW = "directory/organisation-entries";
    static final String FORM_VIEW = "directory/location-form";

    private static final Map<String, String> FIELDS = Map.of("location.error.name", "name",
            "location.error.postal-code", "postalCode", "location.error.point", "latitude");

    private final OrganisationLocations locations;

    LocationController(OrganisationLocations locations) {
        this.locations = locations;
    }

    @GetMapping("/directory/organisations/{organisationId}/locations")
    String organisation(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            Model model) {
        model.addAttribute("page", locations.organisationPage(user, organisationId));
        return ORGANISATION_VIEW;
    }

    @GetMapping("/directory/organisations/{organisationId}/locations/new")
    String newLocation(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            Model model) {
        return form(user, organisationId, null, LocationForm.empty(), model);
    }

    @PostMapping("/directory/organisations/{organisationId}/locations/new")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @Validated @ModelAttribute("locationForm") LocationForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            locations.addLocation(user, organisationId, form.toDetails());
            redirect.addFlashAttribute("flashMessage", "location.added");
            return "redirect:/directory/organisations/" + organisationId + "/locations";
        }, () -> form(user, organisationId, null, form, model));
    }

    @GetMapping("/directory/organisations/{organisationId}/locations/{locationId}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @PathVariable LocationId locationId, Model model) {
        OrganisationLocations.EditableLocation editable = locations.location(user, organisationId, locationId);
        return form(user, organisationId, locationId, LocationForm.of(editable.details(), editable.version()), model);
    }

    @PostMapping("/directory/organisations/{organisationId}/locations/{locationId}/edit")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @PathVariable LocationId locationId, @Validated @ModelAttribute("locationForm") LocationForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(FIELDS).versioned("location.error.changed-meanwhile").submit(() -> {
            locations.changeLocation(user, organisationId, locationId, form.toDetails(), form.version());
            redirect.addFlashAttribute("flashMessage", "location.changed");
            return "redirect:/directory/organisations/" + organisationId + "/locations";
        }, () -> form(user, organisationId, locationId, form, model));
    }

    private String form(CurrentUser user, OrganisationId organisation, LocationId location, LocationForm form,
            Model model) {
        List<NeighbourhoodCode> current = form.neighbourhood() == null || form.neighbourhood().isBlank() ? List.of()
                : List.of(new NeighbourhoodCode(form.neighbourhood().strip()));
        model.addAttribute("neighbourhoods", locations.locationChoices(user, organisation, current));
        model.addAttribute("organisationId", organisation);
        model.addAttribute("locationId", location);
        model.addAttribute("locationForm", form);
        return FORM_VIEW;
    }
}
