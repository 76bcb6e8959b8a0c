package nl.hecht.directory.web;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.hecht.shared.web.Navigation;
import nl.hecht.shared.web.NavigationEntry;

/** The sociale kaart and the entries a person maintains. */
@Component
class DirectoryNavigation implements Navigation {

    private static final String[] PROFESSIONALS = { "ADMIN", "RESV_STAFF", "COORDINATOR", "PROFESSIONAL" };

    @Override
    public List<NavigationEntry> entries() {
        return List.of(NavigationEntry.forRoles("nav.directory", "/directory", 30, PROFESSIONALS),
                NavigationEntry.forRoles("maintenance.nav", "/directory/maintenance", 40, PROFESSIONALS));
    }
}
