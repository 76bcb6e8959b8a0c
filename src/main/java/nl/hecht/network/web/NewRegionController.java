package nl.hecht.network.web;

import java.util.Map;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.FormSubmission;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.view.RegionCommands;
import nl.hecht.network.internal.view.RegionViews;

/**
 * An admin creates a region: its name, the imported CBS municipalities it covers (each in one region at most) and
 * the size advice for its core networks. Without it a fresh installation has no region to start from.
 */
@Controller
class NewRegionController {

    static final String VIEW = "network/region-form";

    private static final Map<String, String> FIELDS = Map.of(
            "region.error.name", "name",
            "region.error.name-taken", "name",
            "region.error.municipalities", "municipalities",
            "region.error.municipality-taken", "municipalities",
            "region.error.size-advice", "minInhabitants");

    private final RegionViews views;
    private final RegionCommands commands;

    NewRegionController(RegionViews views, RegionCommands commands) {
        this.views = views;
        this.commands = commands;
    }

    @GetMapping("/regions/new")
    String form(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("regionForm", RegionForm.empty());
        return page(user, model);
    }

    @PostMapping("/regions/new")
    String create(@AuthenticationPrincipal CurrentUser user,
            @Validated @ModelAttribute("regionForm") RegionForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        return FormSubmission.of(binding).fields(FIELDS).submit(() -> {
            RegionId id = commands.create(user, form.name(), form.municipalityCodes(), form.sizeAdvice());
            redirect.addFlashAttribute("flashMessage", "region.created");
            return "redirect:/regions/" + id;
        }, () -> page(user, model));
    }

    private String page(CurrentUser user, Model model) {
        model.addAttribute("municipalities", views.municipalityChoices(user));
        return VIEW;
    }
}
