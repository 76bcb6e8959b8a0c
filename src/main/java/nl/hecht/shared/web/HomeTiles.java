package nl.hecht.shared.web;

import java.util.List;

import org.springframework.security.core.Authentication;

/**
 * Tiles a module adds to the start page for the person logged in, such as a link straight to the coverage of the
 * region an RESV employee works for. Each tile leads to a page that person may open.
 */
public interface HomeTiles {

    /**
     * A tile: message keys of its title (with {@code argument} as {0}) and text, and where it leads.
     */
    record Tile(String titleKey, String textKey, String href, String argument) {
    }

    List<Tile> tiles(Authentication authentication);
}
