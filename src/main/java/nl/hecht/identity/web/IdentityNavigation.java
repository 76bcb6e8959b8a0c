package nl.hecht.identity.web;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.hecht.shared.web.Navigation;
import nl.hecht.shared.web.NavigationEntry;

/** Accounts for administrators; everyone's own profile, last in the menu. */
@Component
class IdentityNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(NavigationEntry.forRoles("nav.accounts", "/admin/accounts", 10, "ADMIN"),
                NavigationEntry.forEveryone("nav.profile", "/profile", 1000));
    }
}
