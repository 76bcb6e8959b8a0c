package nl.hecht.directory.web;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.directory.Referral;
import nl.hecht.directory.EntryKind;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.ServiceId;
import nl.hecht.directory.internal.EntryMaintenance;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.web.FormSubmission;

/**
 * The staff pages of an entry of the sociale kaart (R090, R072, R245): the entry page, the form to
 * add or change one, "still right" (verify) and the change history. Who may do what is decided by the use cases'
 * policies; clients are refused before anything is read.
 */
@Controller
class EntryController {

    static final String ENTRY_VIEW = "directory/entry";
    static final String FORM_VIEW = "directory/entry-form";
    static final String HISTORY_VIEW = "directory/entry-history";

    /** The form field each refusal of the domain belongs to. */
    static final Map<String, String> FIELDS = Map.ofEntries(Map.entry("service.error.name", "name"),
            Map.entry("service.error.description", "description"),
            Map.entry("service.error.category", "categoryCode"),
            Map.entry("service.error.target-group", "targetGroups"),
            Map.entry("service.error.eligibility", "eligibility"),
            Map.entry("service.error.referral-by", "referralBy"), Map.entry("service.error.costs", "costs"),
            Map.entry("service.error.language", "languages"), Map.entry("service.error.phone", "phone"),
            Map.entry("service.error.email", "email"), Map.entry("service.error.website", "website"),
            Map.entry("service.error.contact", "contactName"), Map.entry("service.error.organiser", "organiser"),
            Map.entry("service.error.waiting", "waitingDays"), Map.entry("service.error.hours", "hours"),
            Map.entry("service.error.hours-overlap", "hours"), Map.entry("service.error.location", "locations"),
            Map.entry("service.error.outside-area", "neighbourhoods"));

    private final EntryMaintenance maintenance;

    EntryController(EntryMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/directory/entries/{id}")
    String entry(@AuthenticationPrincipal CurrentUser user, @PathVariable ServiceId id, Locale locale, Model model) {
        model.addAttribute("page", maintenance.entry(user, id, locale));
        return ENTRY_VIEW;
    }

    @GetMapping("/directory/entries/{id}/history")
    String history(@AuthenticationPrincipal CurrentUser user, @PathVariable ServiceId id, Locale locale,
            Model model) {
        model.addAttribute("history", maintenance.history(user, id, locale));
        return HISTORY_VIEW;
    }

    @PostMapping("/directory/entries/{id}/verify")
    String verify(@AuthenticationPrincipal CurrentUser user, @PathVariable ServiceId id, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/directory/entries/" + id, "entry.verified",
                () -> maintenance.verify(user, id));
    }

    @GetMapping("/directory/entries/{id}/edit")
    String edit(@AuthenticationPrincipal CurrentUser user, @PathVariable ServiceId id, Locale locale, Model model) {
        EntryMaintenance.Editable editable = maintenance.editable(user, id);
        return form(editable.choices(), id, EntryForm.of(editable.view(), editable.version()), EntryForm.EMPTY_ROWS,
                model);
    }

    @PostMapping("/directory/entries/{id}/edit")
    String change(@AuthenticationPrincipal CurrentUser user, @PathVariable ServiceId id,
            @Validated @ModelAttribute("entryForm") EntryForm form, BindingResult binding,
            @RequestParam(required = false) String addRow, Locale locale, Model model, RedirectAttributes redirect) {
        if (addRow != null) {
            return form(maintenance.choicesFor(user, id, neighbourhoods(form), locale), id, form,
                    EntryForm.EMPTY_ROWS + 1, model);
        }
        form.check(binding);
        return FormSubmission.of(binding).fields(FIELDS).versioned("service.error.changed-meanwhile").submit(() -> {
            maintenance.change(user, id, form.toDetails(), form.version());
            redirect.addFlashAttribute("flashMessage", "entry.changed");
            return "redirect:/directory/entries/" + id;
        }, () -> form(maintenance.choicesFor(user, id, neighbourhoods(form), locale), id, form, EntryForm.EMPTY_ROWS,
                model));
    }

    @GetMapping("/directory/organisations/{organisationId}/entries/new")
    String newEntry(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @RequestParam(required = false) EntryKind kind, Locale locale, Model model) {
        EntryForm form = EntryForm.empty();
        if (kind != null) {
            form = new EntryForm(kind, null, null, null, null, null, Referral.SELF_REFERRAL, null, null, "nl", null,
                    null, null, null, null, null, null, form.hours(), null, false, true, null);
        }
        return newForm(user, organisationId, form, EntryForm.EMPTY_ROWS, locale, model);
    }

    @PostMapping("/directory/organisations/{organisationId}/entries/new")
    String register(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @Validated @ModelAttribute("entryForm") EntryForm form, BindingResult binding,
            @RequestParam(required = false) String addRow, Locale locale, Model model, RedirectAttributes redirect) {
        if (addRow != null) {
            return newForm(user, organisationId, form, EntryForm.EMPTY_ROWS + 1, locale, model);
        }
        form.check(binding);
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            ServiceId created = maintenance.register(user, organisationId, form.toDetails());
            redirect.addFlashAttribute("flashMessage", "entry.registered");
            return "redirect:/directory/entries/" + created;
        }, () -> newForm(user, organisationId, form, EntryForm.EMPTY_ROWS, locale, model));
    }

    /**
     * The form, with the rows of opening hours as typed (keeping their places, so errors stay at their row) and
     * empty rows after the last filled one. The bound form itself stays in the model with its errors.
     */
    private String newForm(CurrentUser user, OrganisationId organisation, EntryForm form, int emptyRows,
            Locale locale, Model model) {
        return form(maintenance.choices(user, organisation, neighbourhoods(form), locale), null, form, emptyRows,
                model);
    }

    private static Set<NeighbourhoodCode> neighbourhoods(EntryForm form) {
        return form.neighbourhoods().stream().filter(NeighbourhoodCode::isValid).map(NeighbourhoodCode::new)
                .collect(Collectors.toSet());
    }

    private static String form(EntryMaintenance.FormChoices choices, ServiceId entry, EntryForm form, int emptyRows,
            Model model) {
        java.util.List<EntryForm.HoursRow> rows = new java.util.ArrayList<>(form.hours());
        while (!rows.isEmpty() && rows.get(rows.size() - 1).isEmpty()) {
            rows.remove(rows.size() - 1);
        }
        for (int i = 0; i < emptyRows; i++) {
            rows.add(new EntryForm.HoursRow(null, null, null));
        }
        model.addAttribute("hoursRows", rows);
        model.addAttribute("choices", choices);
        model.addAttribute("entryId", entry);
        model.addAttribute("entryForm", form);
        model.addAttribute("kinds", EntryKind.values());
        model.addAttribute("accesses", Referral.values());
        model.addAttribute("days", java.time.DayOfWeek.values());
        return FORM_VIEW;
    }
}
