package nl.hecht.shared.web;

import java.util.List;

import org.springframework.stereotype.Component;

/** The start page, first in the main menu for everyone signed in. */
@Component
class HomeNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(NavigationEntry.forEveryone("nav.home", "/", 0));
    }
}
