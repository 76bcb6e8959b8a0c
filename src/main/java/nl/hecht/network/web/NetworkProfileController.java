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
import nl.hecht.shared.DomainException;

/** RESV staff create networks in their region, and change a network's profile and status (R020, R088, R129). */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF', 'COORDINATOR', 'PROFESSIONAL')")
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

    @GetMapping("/regions/{regionId}/networks/new")
    String newNetwork(@AuthenticationPrincipal CurrentUser user, @PathVariable String regionId, Model model) {
        return createForm(user, regionId, NetworkProfileForm.empty(), model);
    }

    @PostMapping("/regions/{regionId}/networks")
    String create(@AuthenticationPrincipal CurrentUser user, @PathVariable String regionId,
            @Validated @ModelAttribute("profileForm") NetworkProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                NetworkId id = commands.createNetwork(user, RegionId.parse(regionId), form.toProfile(),
                        form.areaBasis());
                redirect.addFlashAttribute("flashMessage", "network.created");
                return "redirect:/networks/" + id;
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, PROFILE_FIELDS);
            }
        }
        return createForm(user, regionId, form, model);
    }

    private String createForm(CurrentUser user, String regionId, NetworkProfileForm form, Model model) {
        RegionId region = RegionId.parse(regionId);
        model.addAttribute("regionName", views.regionNameToManage(user, region));
        model.addAttribute("regionId", region);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", form);
        }
        return PROFILE_VIEW;
    }

    // --- the profile of an existing network ------------------------------------------------------------------

    @GetMapping("/networks/{id}/profile")
    String profile(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        NetworkSettings settings = views.settingsToManage(user, NetworkId.parse(id));
        return profileForm(settings, NetworkProfileForm.of(settings.profile()), model);
    }

    @PostMapping("/networks/{id}/profile")
    String describe(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("profileForm") NetworkProfileForm form, BindingResult binding, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        if (!binding.hasErrors()) {
            try {
                commands.describe(user, NetworkId.parse(id), form.toProfile());
                redirect.addFlashAttribute("flashMessage", "network.profile.saved");
                return "redirect:/networks/" + NetworkId.parse(id);
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, PROFILE_FIELDS);
            }
        }
        return profileForm(views.settingsToManage(user, NetworkId.parse(id)), form, model);
    }

    private String profileForm(NetworkSettings settings, NetworkProfileForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("profileForm")) {
            model.addAttribute("profileForm", form);
        }
        return PROFILE_VIEW;
    }

    // --- status -------------------------------------------------------------------------------------------------

    @GetMapping("/networks/{id}/status")
    String status(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Model model) {
        NetworkSettings settings = views.settingsToManage(user, NetworkId.parse(id));
        return statusForm(settings, new StatusForm(settings.status(), null), model);
    }

    @PostMapping("/networks/{id}/status")
    String changeStatus(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @Validated @ModelAttribute("statusForm") StatusForm form, BindingResult binding,
            @RequestParam(name = Confirmation.PARAM, defaultValue = "false") boolean confirmed, Model model,
            RedirectAttributes redirect) {
        form.check(binding);
        if (!binding.hasErrors() && form.status() == NetworkStatus.ENDED && !confirmed) {
            NetworkSettings settings = views.settingsToManage(user, NetworkId.parse(id));
            if (settings.status() != NetworkStatus.ENDED) {
                return Confirmation.of("network.status.end.confirm", "/networks/" + settings.id() + "/status",
                        "network.status.end.confirm.button", "/networks/" + settings.id(), settings.name())
                        .with("status", form.status()).with("since", form.since()).ask(model);
            }
        }
        if (!binding.hasErrors()) {
            try {
                commands.changeStatus(user, NetworkId.parse(id), form.status(), form.sinceDate());
                redirect.addFlashAttribute("flashMessage", "network.status.saved");
                return "redirect:/networks/" + NetworkId.parse(id);
            } catch (DomainException e) {
                DomainRefusals.reject(binding, e, STATUS_FIELDS);
            }
        }
        return statusForm(views.settingsToManage(user, NetworkId.parse(id)), form, model);
    }

    private String statusForm(NetworkSettings settings, StatusForm form, Model model) {
        model.addAttribute("settings", settings);
        if (!model.containsAttribute("statusForm")) {
            model.addAttribute("statusForm", form);
        }
        return STATUS_VIEW;
    }
}
