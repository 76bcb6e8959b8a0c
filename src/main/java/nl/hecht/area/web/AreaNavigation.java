package nl.hecht.area.web;

import java.util.List;

import org.springframework.stereotype.Component;

import nl.hecht.shared.web.Navigation;
import nl.hecht.shared.web.NavigationEntry;

/** Municipalities and neighbourhoods (CBS imports) for administrators. */
@Component
class AreaNavigation implements Navigation {

    @Override
    public List<NavigationEntry> entries() {
        return List.of(NavigationEntry.forRoles("area.nav", "/admin/areas", 60, "ADMIN"));
    }
}
