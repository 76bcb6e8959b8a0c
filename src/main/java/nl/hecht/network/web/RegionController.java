package nl.hecht.network.web;

import java.util.Map;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.DomainRefusals;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.network.internal.region.StakeholderKind;
import nl.hecht.network.internal.view.RegionCommands;
import nl.hecht.network.internal.view.RegionPage;
import nl.hecht.network.internal.view.RegionViews;
import nl.hecht.shared.DomainException;

/**
 * RESV staff manage their region: its staff, area managers and project lead (picked from the accounts of RESV
 * staff), its stakeholders with contact persons (R021), and the disciplines it expects beyond the core composition.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF')")
class RegionController {

    static final String VIEW = "network/region";

    private static final Map<String, String> STAFF_FIELDS = Map.of(
            "region.error.staff-account", "accountId",
            "region.error.municipality-not-covered", "municipality",
            "region.error.municipality-only-area-manager", "municipality");
    private static final Map<String, String> STAKEHOLDER_FIELDS = Map.of(
            "region.error.stakeholder-name", "name",
            "organisation.error.unknown", "organisationId");
    private static final Map<String, String> DISCIPLINE_FIELDS = Map.of("member.error.discipline", "disciplines");

    private final RegionViews views;
    private final RegionCommands commands;

    RegionController(RegionViews views, RegionCommands commands) {
        this.views = views;
        this.commands = commands;
    }

    @GetMapping("/regions/{id}")
    String region(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        return page(user, id, model);
    }

    @PostMapping("/regions/{id}/staff")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("staffForm") StaffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                commands.assign(user, RegionId.parse(id), form.account(), form.role(), form.municipalityCode());
                return done(id, redirect, "region.staff.added", "#staff");
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, STAFF_FIELDS);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/regions/{id}/staff/remove")
    String unassign(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("removeStaffForm") StaffForm form, BindingResult binding,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("errorMessage", "region.error.staff-unknown");
            return "redirect:/regions/" + RegionId.parse(id) + "#staff";
        }
        if (!confirmed) {
            RegionPage page = views.page(user, RegionId.parse(id));
            String name = page.staff().stream().filter(row -> form.accountId().toString().equals(row.accountId()))
                    .map(RegionPage.StaffRow::displayName).findFirst().orElse("");
            return Confirmation.of("region.staff.remove.confirm", "/regions/" + page.id() + "/staff/remove",
                    "region.staff.remove.confirm.button", "/regions/" + page.id() + "#staff", name, page.name())
                    .with("accountId", form.accountId()).with("role", form.role())
                    .with("municipality", form.municipality()).ask(model);
        }
        try {
            commands.unassign(user, RegionId.parse(id), form.assignment());
            return done(id, redirect, "region.staff.removed", "#staff");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", e.messageKey());
            return "redirect:/regions/" + RegionId.parse(id) + "#staff";
        }
    }

    @PostMapping("/regions/{id}/stakeholders")
    String addStakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        if (!binding.hasErrors()) {
            try {
                commands.addStakeholder(user, RegionId.parse(id), form.kind(), form.organisation(), form.name(),
                        form.contactName(), form.contactEmail(), form.contactPhone());
                return done(id, redirect, "region.stakeholder.added", "#stakeholders");
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, STAKEHOLDER_FIELDS);
            }
        }
        return page(user, id, model);
    }

    @PostMapping("/regions/{id}/stakeholders/{index}/remove")
    String removeStakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @PathVariable int index,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            RegionPage page = views.page(user, RegionId.parse(id));
            String name = index >= 0 && index < page.stakeholders().size() ? page.stakeholders().get(index).name() : "";
            return Confirmation.of("region.stakeholder.remove.confirm",
                    "/regions/" + page.id() + "/stakeholders/" + index + "/remove",
                    "region.stakeholder.remove.confirm.button", "/regions/" + page.id() + "#stakeholders", name)
                    .ask(model);
        }
        try {
            commands.removeStakeholder(user, RegionId.parse(id), index);
            return done(id, redirect, "region.stakeholder.removed", "#stakeholders");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", e.messageKey());
            return "redirect:/regions/" + RegionId.parse(id) + "#stakeholders";
        }
    }

    @PostMapping("/regions/{id}/expected-disciplines")
    String expectDisciplines(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @ModelAttribute("disciplinesForm") ExpectedDisciplinesForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        try {
            commands.expectDisciplines(user, RegionId.parse(id), form.disciplines());
            return done(id, redirect, "region.disciplines.saved", "#disciplines");
        } catch (DomainException e) {
            DomainRefusals.reject(binding, e, DISCIPLINE_FIELDS);
        }
        return page(user, id, model);
    }

    private String page(CurrentUser user, String id, Model model) {
        RegionPage page = views.page(user, RegionId.parse(id));
        model.addAttribute("page", page);
        model.addAttribute("staffRoles", StaffRole.values());
        model.addAttribute("stakeholderKinds", StakeholderKind.values());
        if (!model.containsAttribute("staffForm")) {
            model.addAttribute("staffForm", StaffForm.empty());
        }
        if (!model.containsAttribute("stakeholderForm")) {
            model.addAttribute("stakeholderForm", StakeholderForm.empty());
        }
        if (!model.containsAttribute("disciplinesForm")) {
            model.addAttribute("disciplinesForm", new ExpectedDisciplinesForm(page.expectedDisciplines()));
        }
        return VIEW;
    }

    private static String done(String id, RedirectAttributes redirect, String message, String anchor) {
        redirect.addFlashAttribute("flashMessage", message);
        return "redirect:/regions/" + RegionId.parse(id) + anchor;
    }
}
