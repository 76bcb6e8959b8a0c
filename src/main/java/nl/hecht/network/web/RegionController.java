package nl.hecht.network.web;

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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.FormSubmission;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.region.StaffRole;
import nl.hecht.network.internal.region.StakeholderKind;
import nl.hecht.network.internal.view.RegionCommands;
import nl.hecht.network.internal.view.RegionPage;
import nl.hecht.network.internal.view.RegionViews;

/**
 * RESV staff manage their region: its staff, area managers and project lead (picked from the accounts of RESV
 * staff), its stakeholders with contact persons (R021), and the disciplines it expects beyond the core composition.
 */
@Controller
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

    @GetMapping("/regions/{region}")
    String region(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region, Model model) {
        return page(user, region, model);
    }

    @PostMapping("/regions/{region}/staff")
    String assign(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @Validated @ModelAttribute("staffForm") StaffForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(STAFF_FIELDS).submit(() -> {
            commands.assign(user, region, form.account(), form.role(), form.municipalityCode());
            return done(region, redirect, "region.staff.added", "#staff");
        }, () -> page(user, region, model));
    }

    @PostMapping("/regions/{region}/staff/remove")
    String unassign(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @Validated @ModelAttribute("removeStaffForm") StaffForm form, BindingResult binding,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (binding.hasErrors()) {
            redirect.addFlashAttribute("errorMessage", "region.error.staff-unknown");
            return "redirect:/regions/" + region + "#staff";
        }
        if (!confirmed) {
            RegionPage page = views.page(user, region);
            String name = page.staff().stream().filter(row -> form.accountId().toString().equals(row.accountId()))
                    .map(RegionPage.StaffRow::displayName).findFirst().orElse("");
            return Confirmation.of("region.staff.remove.confirm", "/regions/" + page.id() + "/staff/remove",
                    "region.staff.remove.confirm.button", "/regions/" + page.id() + "#staff", name, page.name())
                    .with("accountId", form.accountId()).with("role", form.role())
                    .with("municipality", form.municipality()).ask(model);
        }
        return FormSubmission.act(redirect, "/regions/" + region + "#staff", "region.staff.removed",
                () -> commands.unassign(user, region, form.assignment()));
    }

    @PostMapping("/regions/{region}/stakeholders")
    String addStakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @Validated @ModelAttribute("stakeholderForm") StakeholderForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(STAKEHOLDER_FIELDS).submit(() -> {
            commands.addStakeholder(user, region, form.kind(), form.organisation(), form.name(), form.contactName(),
                    form.contactEmail(), form.contactPhone());
            return done(region, redirect, "region.stakeholder.added", "#stakeholders");
        }, () -> page(user, region, model));
    }

    @PostMapping("/regions/{region}/stakeholders/{index}/remove")
    String removeStakeholder(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @PathVariable int index,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            RegionPage page = views.page(user, region);
            String name = index >= 0 && index < page.stakeholders().size() ? page.stakeholders().get(index).name() : "";
            return Confirmation.of("region.stakeholder.remove.confirm",
                    "/regions/" + page.id() + "/stakeholders/" + index + "/remove",
                    "region.stakeholder.remove.confirm.button", "/regions/" + page.id() + "#stakeholders", name)
                    .ask(model);
        }
        return FormSubmission.act(redirect, "/regions/" + region + "#stakeholders", "region.stakeholder.removed",
                () -> commands.removeStakeholder(user, region, index));
    }

    @PostMapping("/regions/{region}/expected-disciplines")
    String expectDisciplines(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @ModelAttribute("disciplinesForm") ExpectedDisciplinesForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(DISCIPLINE_FIELDS).submit(() -> {
            commands.expectDisciplines(user, region, form.disciplines());
            return done(region, redirect, "region.disciplines.saved", "#disciplines");
        }, () -> page(user, region, model));
    }

    private String page(CurrentUser user, RegionId region, Model model) {
        RegionPage page = views.page(user, region);
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

    private static String done(RegionId region, RedirectAttributes redirect, String message, String anchor) {
        redirect.addFlashAttribute("flashMessage", message);
        return "redirect:/regions/" + region + anchor;
    }
}
