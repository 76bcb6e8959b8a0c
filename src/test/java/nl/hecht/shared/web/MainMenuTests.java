package nl.hecht.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.security.authentication.TestingAuthenticationToken;

/** The main menu collects the modules' entries, shows each person only theirs and marks the page they are on. */
class MainMenuTests {

    private final MainMenu menu = new MainMenu(List.of(
            () -> List.of(NavigationEntry.forEveryone("nav.profile", "/profile", 1000)),
            () -> List.of(NavigationEntry.forRoles("nav.directory", "/directory", 30, "PROFESSIONAL", "ADMIN"),
                    NavigationEntry.forRoles("maintenance.nav", "/directory/maintenance", 40, "PROFESSIONAL")),
            () -> List.of(NavigationEntry.forEveryone("nav.home", "/", 0)),
            () -> List.of(NavigationEntry.forRoles("nav.accounts", "/admin/accounts", 10, "ADMIN"))));

    @Test
    void entriesComeInTheirOrderAndOnlyForTheRolesTheyName() {
        assertThat(menu.itemsFor(new TestingAuthenticationToken("p", "", "ROLE_PROFESSIONAL", "MFA_VERIFIED"), "/"))
                .extracting(MainMenu.Item::labelKey)
                .containsExactly("nav.home", "nav.directory", "maintenance.nav", "nav.profile");
        assertThat(menu.itemsFor(new TestingAuthenticationToken("a", "", "ROLE_ADMIN"), "/"))
                .extracting(MainMenu.Item::labelKey)
                .containsExactly("nav.home", "nav.accounts", "nav.directory", "nav.profile");
        assertThat(menu.itemsFor(null, "/")).isEmpty();
    }

    @Test
    void theLongestMatchingPathIsTheCurrentPage() {
        var professional = new TestingAuthenticationToken("p", "", "ROLE_PROFESSIONAL");
        professional.setAuthenticated(true);
        assertThat(current(professional, "/directory/maintenance/entries")).containsExactly("maintenance.nav");
        assertThat(current(professional, "/directory/entries/1")).containsExactly("nav.directory");
        assertThat(current(professional, "/directory")).containsExactly("nav.directory");
        assertThat(current(professional, "/directoryx")).isEmpty();
        assertThat(current(professional, "/")).containsExactly("nav.home");
        assertThat(current(professional, "/profile/password")).containsExactly("nav.profile");
        assertThat(current(professional, null)).isEmpty();
    }

    private List<String> current(TestingAuthenticationToken person, String path) {
        return menu.itemsFor(person, path).stream().filter(MainMenu.Item::current).map(MainMenu.Item::labelKey)
                .toList();
    }
}
