package nl.hecht.directory.web;

import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.bind.annotation.ResponseStatus;

import nl.hecht.directory.ServiceId;
import nl.hecht.directory.web.DirectorySearchScreen.Audience;
import nl.hecht.directory.web.DirectorySearchScreen.MapData;
import nl.hecht.shared.NotFoundException;

/**
 * The public directory (R245–R247, seed 004 "toegang organiseren"): residents and front-desk staff
 * (a doctor's assistant, the volunteer host of a buurtplein) search the entries marked public without an account, in
 * a list or on a map, and open an entry. Only public, active entries are ever searched or shown; an unknown or
 * non-public id gives the friendly 404. Requests are limited per client address ({@link PublicDirectoryRateLimit}).
 */
@Controller
class PublicDirectoryController {

    static final String VIEW = "directory/public-search";
    static final String ENTRY_VIEW = "directory/public-entry";
    static final String BUSY_VIEW = "directory/public-busy";

    private final DirectorySearchScreen screen;
    private final DirectoryOutlines outlines;
    private final String tileUrl;

    PublicDirectoryController(DirectorySearchScreen screen, DirectoryOutlines outlines,
            @Value("${hecht.map.tile-url:}") String tileUrl) {
        this.screen = screen;
        this.outlines = outlines;
        this.tileUrl = tileUrl;
    }

    @ModelAttribute("tileUrl")
    String tileUrl() {
        return tileUrl;
    }

    @GetMapping("/public/directory")
    String search(@ModelAttribute("search") DirectorySearchForm form, Locale locale, Model model) {
        model.addAttribute("searchPage", screen.page(form, Audience.PUBLIC, null, locale));
        return VIEW;
    }

    @GetMapping("/public/directory/results")
    String results(@ModelAttribute("search") DirectorySearchForm form, Locale locale, Model model,
            HttpServletResponse response) {
        model.addAttribute("searchPage", screen.page(form, Audience.PUBLIC, null, locale));
        model.addAttribute("oob", true);
        response.setHeader("HX-Push-Url", form.url(Audience.PUBLIC.base));
        return DirectorySearchController.RESULTS;
    }

    @GetMapping(value = "/public/directory/map.json", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseBody
    MapData map(@ModelAttribute("search") DirectorySearchForm form, Locale locale) {
        return screen.map(form, Audience.PUBLIC, null, locale);
    }

    /** The municipality and neighbourhood outlines the maps draw under the markers when there are no tiles. */
    @GetMapping(value = "/public/directory/outlines.geojson", produces = "application/geo+json")
    @ResponseBody
    ResponseEntity<String> outlines() {
        return ResponseEntity.ok().cacheControl(CacheControl.maxAge(DirectoryOutlines.KEEP).cachePublic())
                .contentType(MediaType.parseMediaType("application/geo+json")).body(outlines.geoJson());
    }

    @GetMapping("/public/directory/{id}")
    String entry(@PathVariable ServiceId id, Locale locale, Model model) {
        model.addAttribute("entry", screen.publicEntry(id, locale).orElseThrow(NotFoundException::new));
        return ENTRY_VIEW;
    }

    /** A client that asked too often ({@link PublicDirectoryRateLimit}): 429, when to try again, a friendly page. */
    @ExceptionHandler(PublicDirectoryRateLimit.Exceeded.class)
    @ResponseStatus(HttpStatus.TOO_MANY_REQUESTS)
    String busy(PublicDirectoryRateLimit.Exceeded exceeded, HttpServletResponse response) {
        response.setHeader("Retry-After", String.valueOf(exceeded.retryAfterSeconds()));
        return BUSY_VIEW;
    }
}
