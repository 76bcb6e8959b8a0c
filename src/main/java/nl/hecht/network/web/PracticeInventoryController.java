package nl.hecht.network.web;

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

import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.inventory.InventoryStatus;
import nl.hecht.network.internal.inventory.PracticeInventories;
import nl.hecht.network.internal.inventory.PracticeInventories.InventoryPage;
import nl.hecht.shared.web.FormSubmission;

/**
 * The GP practices' collaboration inventories (seed 003, R177, R178): one practice's inventory, recorded by its
 * practice manager or GP in a network, the coordinator of a network it is in, or RESV staff; and the merged view of
 * all practices of a region for its area managers and RESV staff, with the practices in no network flagged. Who may
 * do what is decided by the use cases' policies.
 */
@Controller
class PracticeInventoryController {

    static final String VIEW = "network/practice-inventory";
    static final String OVERVIEW_VIEW = "network/practices";

    private final PracticeInventories inventories;

    PracticeInventoryController(PracticeInventories inventories) {
        this.inventories = inventories;
    }

    @GetMapping("/regions/{region}/practices")
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region, Model model) {
        model.addAttribute("overview", inventories.overview(user, region));
        return OVERVIEW_VIEW;
    }

    /** From the merged view: begin the inventory of a practice that is not listed yet (a practice in no network). */
    @GetMapping("/regions/{region}/practices/start")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @RequestParam OrganisationId practice) {
        inventories.start(user, region, practice);
        return "redirect:/regions/" + region + "/practices/" + practice + "/inventory";
    }

    @GetMapping("/regions/{region}/practices/{practice}/inventory")
    String inventory(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @PathVariable OrganisationId practice, Model model) {
        InventoryPage page = inventories.page(user, region, practice);
        return form(page, InventoryForm.of(page.inventory().orElse(null)), model);
    }

    @PostMapping("/regions/{region}/practices/{practice}/inventory")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @PathVariable OrganisationId practice, @Validated @ModelAttribute("inventoryForm") InventoryForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        InventoryPage page = inventories.page(user, region, practice);
        form.check(binding);
        return FormSubmission.of(binding).submit(() -> {
            inventories.record(user, region, practice, form.toRows());
            redirect.addFlashAttribute("flashMessage", "inventory.saved");
            return "redirect:/regions/" + region + "/practices/" + practice + "/inventory";
        }, () -> form(page, form, model));
    }

    private String form(InventoryPage page, InventoryForm form, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute("inventoryForm")) {
            model.addAttribute("inventoryForm", form);
        }
        model.addAttribute("statuses", InventoryStatus.values());
        model.addAttribute("disciplines", page.disciplines());
        return VIEW;
    }
}
