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
import nl.hecht.network.AreaBasis;
import nl.hecht.network.CoordinatorLabel;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkKind;
import nl.hecht.network.NetworkLabel;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkTheme;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkSettings;
import nl.hecht.network.internal.view.NetworkViews;

/** RESV staff create networks in their region, and change a network's profile and status (R020, R088, R129). */
@Controller
class NetworkProfileController {

    static final String PROFILE_VIEW = "network/network-form";
    static final String STATUS_VIEW = "network/status";

    private static final Map<String, String> PROFILE_FIELDS = Map.of(
            "network.error.name", "name",
            "network.error.name-taken", "name",
            "network.error.kind", "kind",
            "network.error.kind-fixed", "kind",
            "network.error.theme-required", "theme",
            "network.error.age-range", "ageFrom");
    private static final Map<String, String> STATUS_FIELDS = Map.of(
            "network.error.status-transition", "status",
            "network.error.status-date", "since");

    private final NetworkViews views;
    private final NetworkCommands commands;

    NetworkProfileController(NetworkViews views, NetworkCommands commands) {
        this.views = views;
        this.commands = commands;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("labels", NetworkLabel.values());
        model.addAttribute("coordinatorLabels", CoordinatorLabel.values());
        model.addAttribute("kinds", NetworkKind.values());
        model.addAttribute("themes", NetworkTheme.values());
        model.addAttribute("areaBases", AreaBasis.values());
    }

    // --- a new network -----------------------------------------------------------------------------------------

    @GetMapping("/regions/{region}/networks/new")
    String newNetwork(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region, Model model) {
        return createForm(user, region, NetworkProfileForm.empty(), model);
    }

    @PostMapping("/regions/{region}/networks")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId region,
            @Validated @ModelAttribute("profileForm") NetworkProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(PROFILE_FIELDS).submit(() -> {
            NetworkId id = commands.createNetwork(user, region, form.toProfile(), form.areaBasis());
            redirect.addFlashAttribute("flashMessage", "network.created");
            return "redirect:/networks/" + id;
        }, () -> createForm(user, region, form, model));
    }

    private String createForm(CurrentUser user, RegionId region, NetworkProfileForm form, Model model) {
        model.addAttribute("regionName", views.regionNameToManage(user, region));
        model.addAttribute("regionId", region);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", form);
        }
        return PROFILE_VIEW;
    }

    // --- the profile of an existing network ------------------------------------------------------------------

    @GetMapping("/networks/{network}/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        NetworkSettings settings = views.settingsToManage(user, network);
        return profileForm(settings, NetworkProfileForm.of(settings.profile()), model);
    }

    @PostMapping("/networks/{network}/profile")
    String describe(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("profileForm") NetworkProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        return FormSubmission.of(binding).fields(PROFILE_FIELDS).submit(() -> {
            commands.describe(user, network, form.toProfile());
            redirect.addFlashAttribute("flashMessage", "network.profile.saved");
            return "redirect:/networks/" + network;
        }, () -> profileForm(views.settingsToManage(user, network), form, model));
    }

    private String profileForm(NetworkSettings settings, NetworkProfileForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", form);
        }
        return PROFILE_VIEW;
    }

    // --- status -------------------------------------------------------------------------------------------------

    @GetMapping("/networks/{network}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        NetworkSettings settings = views.settingsToManage(user, network);
        return statusForm(settings, new StatusForm(settings.status(), null), model);
    }

    @PostMapping("/networks/{network}/status")
    String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @Validated @ModelAttribute("statusForm") StatusForm form, BindingResult binding,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        if (!binding.hasErrors() && form.status() == NetworkStatus.ENDED && !confirmed) {
            NetworkSettings settings = views.settingsToManage(user, network);
            if (settings.status() != NetworkStatus.ENDED) {
                return Confirmation.of("network.status.end.confirm", "/networks/" + settings.id() + "/status",
                        "network.status.end.confirm.button", "/networks/" + settings.id(), settings.name())
                        .with("status", form.status()).with("since", form.since()).ask(model);
            }
        }
        return FormSubmission.of(binding).fields(STATUS_FIELDS).submit(() -> {
            commands.changeStatus(user, network, form.status(), form.sinceDate());
            redirect.addFlashAttribute("flashMessage", "network.status.saved");
            return "redirect:/networks/" + network;
        }, () -> statusForm(views.settingsToManage(user, network), form, model));
    }

    private String statusForm(NetworkSettings settings, StatusForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", form);
        }
        return STATUS_VIEW;
    }
}
