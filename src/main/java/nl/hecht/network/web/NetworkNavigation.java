package nl.hecht.network.web;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.hecht.shared.web.Navigation;
import nl.hecht.shared.web.NavigationEntry;

/** The networks for everyone who works in them; the region for its RESV staff. */
@Component
class NetworkNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(
                NavigationEntry.forRoles("nav.networks", "/networks", 20, "ADMIN", "RESV_STAFF", "COORDINATOR",
                        "PROFESSIONAL"),
                NavigationEntry.forRoles("nav.regions", "/regions", 50, "ADMIN", "RESV_STAFF"));
    }
}
