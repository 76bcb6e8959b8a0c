package nl.hecht.shared.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login; what it offers depends on the person's roles, with the tiles the modules add. */
@Controller
class HomeController {

    static final String VIEW = "home";

    private final List<HomeTiles> moduleTiles;

    HomeController(List<HomeTiles> moduleTiles) {
        this.moduleTiles = List.copyOf(moduleTiles);
    }

    @GetMapping("/")
    String home(Authentication authentication, Model model) {
        model.addAttribute("moduleTiles",
                moduleTiles.stream().flatMap(tiles -> tiles.tiles(authentication).stream()).toList());
        return VIEW;
    }
}
