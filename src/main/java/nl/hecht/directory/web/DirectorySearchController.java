package nl.hecht.directory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.MediaType;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseBody;

import nl.hecht.directory.web.DirectorySearchScreen.Audience;
import nl.hecht.directory.web.DirectorySearchScreen.MapData;
import nl.hecht.identity.CurrentUser;

/**
 * The staff search of the sociale kaart at {@code /directory} (R071–R073, R210, R245–R247, R259):
 * every filter a query parameter, live results through htmx at {@code /directory/results} and the map's markers for
 * the same query at {@code /directory/map.json}. A client (who has only the role CLIENT) is sent to the public
 * directory with the same search.
 */
@Controller
class DirectorySearchController {

    static final String VIEW = "directory/search";
    static final String RESULTS = "directory/search-fragments :: results";

    private final DirectorySearchScreen screen;
    private final String tileUrl;

    DirectorySearchController(DirectorySearchScreen screen, @Value("${hecht.map.tile-url:}") String tileUrl) {
        this.screen = screen;
        this.tileUrl = tileUrl;
    }

    @ModelAttribute("tileUrl")
    String tileUrl() {
        return tileUrl;
    }

    @GetMapping("/directory")
    String search(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") DirectorySearchForm form,
            Locale locale, Model model) {
        if (!screen.searchesAsStaff(user)) {
            return "redirect:" + form.url(Audience.PUBLIC.base);
        }
        model.addAttribute("searchPage", screen.page(form, Audience.STAFF, user, locale));
        return VIEW;
    }

    /** The list of hits alone, for htmx; the browser's address follows the search (HX-Push-Url). */
    @GetMapping("/directory/results")
    String results(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") DirectorySearchForm form, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("searchPage", screen.page(form, Audience.STAFF, user, locale));
        model.addAttribute("oob", true);
        response.setHeader("HX-Push-Url", form.url(Audience.STAFF.base));
        return RESULTS;
    }

    @GetMapping(value = "/directory/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData map(@AuthenticationPrincipal CurrentUser user, @ModelAttribute("search") DirectorySearchForm form, Locale locale) {
        return screen.map(form, Audience.STAFF, user, locale);
    }
}
