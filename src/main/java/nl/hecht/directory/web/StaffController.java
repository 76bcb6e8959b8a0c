package nl.hecht.directory.web;

import java.util.UUID;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.Confirmation;
import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.internal.EntryMaintenance;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.DomainException;

/** The accounts that keep an organisation's entries (its staff), managed by administrators and RESV staff. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF')")
class StaffController {

    static final String VIEW = "directory/staff";

    private final EntryMaintenance maintenance;

    StaffController(EntryMaintenance maintenance) {
        this.maintenance = maintenance;
    }

    @GetMapping("/directory/organisations/{organisationId}/staff")
    String staff(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId, Model model) {
        model.addAttribute("page", maintenance.staff(user, OrganisationId.parse(organisationId)));
        return VIEW;
    }

    @PostMapping("/directory/organisations/{organisationId}/staff")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId,
            @RequestParam(required = false) String accountId, RedirectAttributes redirect) {
        OrganisationId organisation = OrganisationId.parse(organisationId);
        try {
            if (accountId == null || accountId.isBlank()) {
                throw new DomainException("staff.error.account");
            }
            maintenance.addStaff(user, organisation, new AccountId(UUID.fromString(accountId)));
            redirect.addFlashAttribute("flashMessage", "staff.added");
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", e.messageKey());
        }
        return "redirect:/directory/organisations/" + organisation + "/staff";
    }

    @PostMapping("/directory/organisations/{organisationId}/staff/{accountId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable String organisationId,
            @PathVariable String accountId,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        OrganisationId organisation = OrganisationId.parse(organisationId);
        if (!confirmed) {
            UUID account = UUID.fromString(accountId);
            return Confirmation.of("staff.remove.confirm",
                    "/directory/organisations/" + organisation + "/staff/" + account + "/remove",
                    "staff.remove.confirm.button", "/directory/organisations/" + organisation + "/staff").ask(model);
        }
        maintenance.removeStaff(user, organisation, new AccountId(UUID.fromString(accountId)));
        redirect.addFlashAttribute("flashMessage", "staff.removed");
        return "redirect:/directory/organisations/" + organisation + "/staff";
    }
}
