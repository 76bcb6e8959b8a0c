package nl.hecht.network.web;

import java.util.ArrayList;
import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.RegionSummary;
import nl.hecht.network.internal.view.CoverageViews;
import nl.hecht.shared.web.HomeTiles;

/**
 * On an RESV employee's start page: the coverage and the GP practices of each region they work for, one click away
 * (an administrator manages every region and finds them under "Regio's").
 */
@Component
class RegionHomeTiles implements HomeTiles {

    private static final int MAX_REGIONS = 3;

    private final CoverageViews views;

    RegionHomeTiles(CoverageViews views) {
        this.views = views;
    }

    @Override
    public List<Tile> tiles(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || !user.has(Role.RESV_STAFF) || user.has(Role.ADMIN)) {
            return List.of();
        }
        List<Tile> tiles = new ArrayList<>();
        for (RegionSummary region : views.managedRegions(user).stream().limit(MAX_REGIONS).toList()) {
            tiles.add(new Tile("home.coverage.title", "home.coverage.text", "/regions/" + region.id() + "/coverage",
                    region.name()));
            tiles.add(new Tile("home.practices.title", "home.practices.text", "/regions/" + region.id() + "/practices",
                    region.name()));
        }
        return tiles;
    }
}
