package nl.hecht.shared.web;

import java.util.Set;

/**
 * One entry of the main menu that a module contributes ({@link Navigation}).
 *
 * @param labelKey message key of its text (in the module's own bundle)
 * @param path where it leads; the entry is marked as the current page for this path and the paths below it, unless
 *        another entry's path is a longer match
 * @param order place in the menu, low first (Start 0, profile last)
 * @param roles the roles (without {@code ROLE_}) of which the person needs one to see it; empty: everyone signed in
 */
public record NavigationEntry(String labelKey, String path, int order, Set<String> roles) {

    public NavigationEntry {
        roles = Set.copyOf(roles);
    }

    public static NavigationEntry forEveryone(String labelKey, String path, int order) {
        return new NavigationEntry(labelKey, path, order, Set.of());
    }

    public static NavigationEntry forRoles(String labelKey, String path, int order, String... roles) {
        return new NavigationEntry(labelKey, path, order, Set.of(roles));
    }

    /** Whether the entry leads to the page at {@code currentPath} or a page below it. */
    boolean leadsTo(String currentPath) {
        return currentPath.equals(path) || !"/".equals(path) && currentPath.startsWith(path + "/");
    }
}
