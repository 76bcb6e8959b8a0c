package nl.hecht.shared.web;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * The main menu of the layout, collected from every module's {@link Navigation}; the layout shows
 * {@code ${@mainMenu.itemsFor(#authentication, currentPath)}}.
 */
@Component("mainMenu")
public class MainMenu {

    private final List<NavigationEntry> entries;

    MainMenu(List<Navigation> navigations) {
        this.entries = navigations.stream().flatMap(navigation -> navigation.entries().stream())
                .sorted(Comparator.comparingInt(NavigationEntry::order).thenComparing(NavigationEntry::path))
                .toList();
    }

    /** One shown entry: its text key, where it leads and whether it is the page the person is on. */
    public record Item(String labelKey, String path, boolean current) {
    }

    /** The entries the person may see, in order; the one matching the current path longest is marked current. */
    public List<Item> itemsFor(@Nullable Authentication authentication, @Nullable String currentPath) {
        if (authentication == null || !authentication.isAuthenticated()) {
            return List.of();
        }
        Set<String> authorities = authentication.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .collect(Collectors.toSet());
        List<NavigationEntry> visible = entries.stream()
                .filter(entry -> entry.roles().isEmpty()
                        || entry.roles().stream().anyMatch(role -> authorities.contains("ROLE_" + role)))
                .toList();
        Optional<NavigationEntry> current = currentPath == null ? Optional.empty()
                : visible.stream().filter(entry -> entry.leadsTo(currentPath))
                        .max(Comparator.comparingInt(entry -> entry.path().length()));
        return visible.stream()
                .map(entry -> new Item(entry.labelKey(), entry.path(), current.map(entry::equals).orElse(false)))
                .toList();
    }
}
