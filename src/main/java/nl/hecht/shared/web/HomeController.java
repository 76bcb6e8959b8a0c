package nl.hecht.shared.web;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The start page after login; what it offers depends on the person's roles. */
@Controller
class HomeController {

    static final String VIEW = "home";

    @GetMapping("/")
    String home() {
        return VIEW;
    }
}
