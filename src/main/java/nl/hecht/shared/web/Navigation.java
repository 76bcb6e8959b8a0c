package nl.hecht.shared.web;

import java.util.List;

/**
 * What a module adds to the main menu: a module declares one bean of this type (e.g. {@code NetworkNavigation} in its
 * web package) and {@link MainMenu} collects them, so the layout does not change when a module is added. An entry
 * only leads to pages whose use cases the person's roles allow; it is a signpost, the use case still decides.
 */
@FunctionalInterface
public interface Navigation {

    List<NavigationEntry> entries();
}
