package nl.hecht.network.web;

import java.util.Locale;

import org.springframework.security.access.prepost.PreAuthorize;
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
import nl.hecht.shared.DomainException;

/** The networks someone may see, and one network's page: area, figures, neighbours, charter, composition, members. */
@Controller
@PreAuthorize("hasAnyRole('ADMIN', 'RESV_STAFF', 'COORDINATOR', 'PROFESSIONAL')")
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

    @GetMapping("/networks/{id}")
    String network(@AuthenticationPrincipal CurrentUser user, @PathVariable String id, Locale locale, Model model) {
        model.addAttribute("overview", views.overview(user, NetworkId.parse(id), locale));
        model.addAttribute("statuses", NetworkStatus.values());
        return NETWORK_VIEW;
    }

    @PostMapping("/networks/{id}/size-justification")
    String justifySize(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestParam(defaultValue = "") String justification, RedirectAttributes redirect) {
        return attempt(id, redirect, "network.size.saved",
                () -> commands.justifySize(user, NetworkId.parse(id), justification));
    }

    @PostMapping("/networks/{id}/non-participation")
    String recordReason(@AuthenticationPrincipal CurrentUser user, @PathVariable String id,
            @RequestParam String expectation, @RequestParam(defaultValue = "") String reason,
            RedirectAttributes redirect) {
        return attempt(id, redirect, "composition.reason.saved",
                () -> commands.recordNonParticipation(user, NetworkId.parse(id), expectation, reason));
    }

    /** Post/redirect/get: a refusal comes back to the page as an error message, a success as a flash message. */
    private static String attempt(String id, RedirectAttributes redirect, String success, Runnable change) {
        try {
            change.run();
            redirect.addFlashAttribute("flashMessage", success);
        } catch (DomainException e) {
            redirect.addFlashAttribute("errorMessage", e.messageKey());
        }
        return "redirect:/networks/" + NetworkId.parse(id);
    }
}
