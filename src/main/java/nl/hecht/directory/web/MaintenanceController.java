package nl.hecht.directory.web;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import nl.hecht.directory.internal.EntryOverview;
import nl.hecht.identity.CurrentUser;

/**
 * "Mijn vermeldingen" (R090): the entries the person may keep, those due for verification first; for
 * administrators and RESV staff the counts of the whole sociale kaart.
 */
@Controller
class MaintenanceController {

    static final String VIEW = "directory/maintenance";

    private final EntryOverview overview;

    MaintenanceController(EntryOverview overview) {
        this.overview = overview;
    }

    @GetMapping("/directory/maintenance")
    String overview(@AuthenticationPrincipal CurrentUser user, Model model) {
        model.addAttribute("overview", overview.overview(user));
        return VIEW;
    }
}
