package nl.hecht.network.web;

import java.util.Locale;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.network.internal.view.WhoToCall;

/** "Wie bel ik": a network's members grouped by discipline, searchable (htmx), printable. */
@Controller
class WhoToCallController {

    static final String VIEW = "network/who-to-call";
    static final String RESULTS_FRAGMENT = "network/who-to-call :: results";

    private final NetworkViews views;

    WhoToCallController(NetworkViews views) {
        this.views = views;
    }

    @GetMapping("/networks/{network}/who-to-call")
    String whoToCall(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestHeader(name = "HX-Request", required = false) String htmx, Locale locale, Model model) {
        WhoToCall who = views.whoToCall(user, network, query, locale);
        model.addAttribute("who", who);
        model.addAttribute("groups", who.groups());
        model.addAttribute("query", query);
        return htmx != null ? RESULTS_FRAGMENT : VIEW;
    }
}
