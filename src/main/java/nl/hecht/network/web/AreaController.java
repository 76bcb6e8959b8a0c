package nl.hecht.network.web;

import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.view.NetworkCommands;
import nl.hecht.network.internal.view.NetworkViews;
import nl.hecht.shared.web.FormSubmission;
import nl.hecht.shared.NeighbourhoodCode;

/** Editing a network's service area: a list of the region's neighbourhoods, and a toggle used by the map. */
@Controller
class AreaController {

    static final String VIEW = "network/area";

    private final NetworkViews views;
    private final NetworkCommands commands;

    private final String tileUrl;

    AreaController(NetworkViews views, NetworkCommands commands, @Value("${hecht.map.tile-url:}") String tileUrl) {
        this.views = views;
        this.commands = commands;
        this.tileUrl = tileUrl;
    }

    @GetMapping("/networks/{network}/area")
    String area(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network, Model model) {
        model.addAttribute("editor", views.areaEditor(user, network));
        model.addAttribute("tileUrl", tileUrl);
        return VIEW;
    }

    @PostMapping("/networks/{network}/area")
    String save(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId network,
            @RequestParam(name = "neighbourhood", required = false) List<String> codes, RedirectAttributes redirect) {
        List<NeighbourhoodCode> selected = codes == null ? List.of()
                : codes.stream().filter(NeighbourhoodCode::isValid).map(NeighbourhoodCode::new).toList();
        return FormSubmission.act(redirect, "/networks/" + network + "/area", "area.saved",
                () -> commands.serveNeighbourhoods(user, network, selected));
    }

    /** The map's click: toggles one neighbourhood and answers whether it is now in the area. */
    @PostMapping("/networks/{network}/area/toggle")
    @ResponseBody
    ResponseEntity<Map<String, Object>> toggle(@AuthenticationPrincipal CurrentUser user,
            @PathVariable NetworkId network, @RequestParam String code) {
        if (!NeighbourhoodCode.isValid(code)) {
            return ResponseEntity.badRequest().build();
        }
        boolean in = commands.toggleNeighbourhood(user, network, new NeighbourhoodCode(code));
        return ResponseEntity.ok(Map.of("code", code, "selected", in));
    }
}
