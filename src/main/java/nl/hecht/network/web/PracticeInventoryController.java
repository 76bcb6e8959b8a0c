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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.directory.OrganisationId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.inventory.InventoryStatus;
import nl.hecht.network.internal.inventory.PracticeInventories;
import nl.hecht.network.internal.inventory.PracticeInventories.InventoryPage;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.web.DomainRefusals;

/**
 * The GP practices' collaboration inventories (seed 003, R177, R178): one practice's inventory, recorded by its
 * practice manager or GP in a network, the coordinator of a network it is in, or RESV staff; and the merged view of
 * all practices of a region for its area managers and RESV staff, with the practices in no network flagged.
 */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF', 'COORDINATOR', 'PROFESSIONAL')")
class PracticeInventoryController {

    static final String VIEW = "network/practice-inventory";
    static final String OVERVIEW_VIEW = "network/practices";

    private final PracticeInventories inventories;
    private final NetworkViews views;

    PracticeInventoryController(PracticeInventories inventories, NetworkViews views) {
        this.inventories = inventories;
        this.views = views;
    }

    @GetMapping("/regions/{region}/practices")
    @PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF')")
    String overview(@AuthenticationPrincipal CurrentUser user, @PathVariable String region, Model model) {
        model.addAttribute("overview", inventories.overview(user, RegionId.parse(region)));
        return OVERVIEW_VIEW;
    }

    /** From the merged view: begin the inventory of a practice that is not listed yet (a practice in no network). */
    @GetMapping("/regions/{region}/practices/start")
    @PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF')")
    String start(@AuthenticationPrincipal CurrentUser user, @PathVariable String region,
            @org.springframework.web.bind.annotation.RequestParam String practice) {
        RegionId regionId = RegionId.parse(region);
        OrganisationId practiceId = OrganisationId.parse(practice);
        inventories.page(user, regionId, practiceId);
        return "redirect:/regions/" + regionId + "/practices/" + practiceId + "/inventory";
    }

    @GetMapping("/regions/{region}/practices/{practice}/inventory")
    String inventory(@AuthenticationPrincipal CurrentUser user, @PathVariable String region,
            @PathVariable String practice, Model model) {
        InventoryPage page = inventories.page(user, RegionId.parse(region), OrganisationId.parse(practice));
        return form(page, InventoryForm.of(page.inventory().orElse(null)), model);
    }

    @PostMapping("/regions/{region}/practices/{practice}/inventory")
    String record(@AuthenticationPrincipal CurrentUser user, @PathVariable String region,
            @PathVariable String practice, @Validated @ModelAttribute("inventoryForm") InventoryForm form,
            BindingResult binding, Model model, RedirectAttributes redirect) {
        RegionId regionId = RegionId.parse(region);
        OrganisationId practiceId = OrganisationId.parse(practice);
        InventoryPage page = inventories.page(user, regionId, practiceId);
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                inventories.record(user, regionId, practiceId, form.toRows());
                redirect.addFlashAttribute("flashMessage", "inventory.saved");
                return "redirect:/regions/" + regionId + "/practices/" + practiceId + "/inventory";
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, Map.of());
            }
        }
        return form(page, form, model);
    }

    private String form(InventoryPage page, InventoryForm form, Model model) {
        model.addAttribute("page", page);
        if (!model.containsAttribute("inventoryForm")) {
            model.addAttribute("inventoryForm", form);
        }
        model.addAttribute("statuses", InventoryStatus.values());
        model.addAttribute("disciplines", views.disciplineList());
        return VIEW;
    }
}
