package nl.hecht.network.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.shared.web.FormSubmission;

/** The networks someone may see, and one network's page: area, figures, neighbours, charter, composition, members. */
@Controller
class NetworkController {

    static final String LIST_VIEW = "network/networks";
    static final String NETWORK_VIEW = "network/network";

    private final NetworkViews views;
    private final NetworkCommands commands;

    NetworkController(NetworkViews views, NetworkCommands commands) {
        this.views = views;
        this.commands = commands;
    }

    @GetMapping("/networks")
    String networks(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("regions", views.visibleNetworks(user));
        return LIST_VIEW;
    }

    @GetMapping("/networks/{network}")
    String network(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Locale locale,
            Model model) {
        model.addAttribute("overview", views.overview(user, network, locale));
        model.addAttribute("statuses", NetworkStatus.values());
        return NETWORK_VIEW;
    }

    @PostMapping("/networks/{network}/size-justification")
    String justifySize(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @RequestParam(defaultValue = "") String justification, RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network, "network.size.saved",
                () -> commands.justifySize(user, network, justification));
    }

    @PostMapping("/networks/{network}/non-participation")
    String recordReason(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @RequestParam String expectation, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return FormSubmission.act(redirect, "/networks/" + network, "composition.reason.saved",
                () -> commands.recordNonParticipation(user, network, expectation, reason));
    }
}
