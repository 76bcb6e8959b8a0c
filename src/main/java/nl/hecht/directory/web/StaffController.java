package nl.hecht.directory.web;

import java.util.UUID;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.directory.OrganisationId;
import nl.hecht.directory.internal.OrganisationStaff;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.shared.web.Confirmation;
import nl.hecht.shared.web.FormSubmission;

/** The accounts that keep an organisation's entries (its staff), managed by administrators and RESV staff. */
@Controller
class StaffController {

    static final String VIEW = "directory/staff";

    private final OrganisationStaff staff;

    StaffController(OrganisationStaff staff) {
        this.staff = staff;
    }

    @GetMapping("/directory/organisations/{organisationId}/staff")
    String staff(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            Model model) {
        model.addAttribute("page", staff.staff(user, organisationId));
        return VIEW;
    }

    /** No account chosen is the domain's refusal "staff.error.account", after the policy has let the person in. */
    @PostMapping("/directory/organisations/{organisationId}/staff")
    String add(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @RequestParam(required = false) UUID accountId, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, staffPage(organisationId), "staff.added",
                () -> staff.addStaff(user, organisationId, accountId == null ? null : new AccountId(accountId)));
    }

    @PostMapping("/directory/organisations/{organisationId}/staff/{accountId}/remove")
    String remove(@AuthenticationPrincipal CurrentUser user, @PathVariable OrganisationId organisationId,
            @PathVariable UUID accountId,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        if (!confirmed) {
            staff.staff(user, organisationId); // only whoever may keep the staff is asked
            return Confirmation.of("staff.remove.confirm", staffPage(organisationId) + "/" + accountId + "/remove",
                    "staff.remove.confirm.button", staffPage(organisationId)).ask(model);
        }
        return FormSubmission.act(redirect, staffPage(organisationId), "staff.removed",
                () -> staff.removeStaff(user, organisationId, new AccountId(accountId)));
    }

    private static String staffPage(OrganisationId organisation) {
        return "/directory/organisations/" + organisation + "/staff";
    }
}
