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
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.shared.web.FormSubmission;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.OrganisationalModel;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkSettings;
import nl.hecht.network.internal.view.NetworkViews;

/**
 * The network's coordinator, or RESV staff of its region, record its charter (R038, R074, R144, questions A–D) and
 * how the social domain takes part (seed 003, R010, R011).
 */
@Controller
class NetworkCharterController {

    static final String CHARTER_VIEW = "network/charter";
    static final String COMPOSITION_VIEW = "network/composition-settings";

    private static final Map<String, String> COMPOSITION_FIELDS = Map.of(
            "network.error.social-link-description", "howLinked",
            "network.error.not-social-function", "countedSocialFunctions",
            "network.error.own-function-too-long", "ownSocialFunctions",
            "network.error.own-functions-too-many", "ownSocialFunctions");

    private final NetworkViews views;
    private final NetworkCommands commands;

    NetworkCharterController(NetworkViews views, NetworkCommands commands) {
        this.views = views;
        this.commands = commands;
    }

    // --- charter -----------------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/charter")
    String charter(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        NetworkSettings settings = views.settingsToCoordinate(user, network);
        return charterForm(settings, CharterForm.of(settings.charter(), settings.documentLinks()), model);
    }

    @PostMapping("/networks/{network}/charter")
    String changeCharter(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("charterForm") CharterForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).submit(() -> {
            commands.changeCharter(user, network, form.toCharter(), form.toLinks());
            redirect.addFlashAttribute("flashMessage", "charter.saved");
            return "redirect:/networks/" + network + "#charter";
        }, () -> charterForm(views.settingsToCoordinate(user, network), form, model));
    }

    private String charterForm(NetworkSettings settings, CharterForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("charterForm")) {
            model.addAttribute("charterForm", form);
        }
        model.addAttribute("models", OrganisationalModel.values());
        return CHARTER_VIEW;
    }

    // --- social domain -----------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/composition-settings")
    String composition(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        NetworkSettings settings = views.settingsToCoordinate(user, network);
        return compositionForm(settings, new CompositionSettingsForm(settings.socialDomainLinked(),
                settings.socialDomainLink(), settings.countedSocialFunctions(),
                CompositionSettingsForm.lines(settings.ownSocialFunctions())), model);
    }

    @PostMapping("/networks/{network}/composition-settings")
    String configureComposition(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("compositionForm") CompositionSettingsForm form, BindingResult binding,
            Model model, RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(COMPOSITION_FIELDS).submit(() -> {
            commands.configureComposition(user, network, form.socialDomainLinked(), form.howLinked(),
                    form.countedSocialFunctions(), form.ownFunctionNames());
            redirect.addFlashAttribute("flashMessage", "composition.settings.saved");
            return "redirect:/networks/" + network + "#composition";
        }, () -> compositionForm(views.settingsToCoordinate(user, network), form, model));
    }

    private String compositionForm(NetworkSettings settings, CompositionSettingsForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("compositionForm")) {
            model.addAttribute("compositionForm", form);
        }
        return COMPOSITION_VIEW;
    }
}
