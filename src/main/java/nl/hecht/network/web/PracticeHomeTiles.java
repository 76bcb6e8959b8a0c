package nl.hecht.network.web;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.internal.inventory.PracticeInventories;
import nl.hecht.shared.web.HomeTiles;

/**
 * On the start page of a practice manager (staff of a GP practice in the register, R177): their own practice's
 * collaboration inventory, one click away.
 */
@Component
class PracticeHomeTiles implements HomeTiles {

    private static final int MAX_TILES = 3;

    private final PracticeInventories inventories;

    PracticeHomeTiles(PracticeInventories inventories) {
        this.inventories = inventories;
    }

    @Override
    public List<Tile> tiles(Authentication authentication) {
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)
                || !(user.has(Role.PROFESSIONAL) || user.has(Role.COORDINATOR))) {
            return List.of();
        }
        return inventories.ownPractices(user).stream().limit(MAX_TILES)
                .map(own -> new Tile("home.practice-inventory.title", "home.practice-inventory.text",
                        "/regions/" + own.region().id() + "/practices/" + own.practice().id() + "/inventory",
                        own.practice().name()))
                .toList();
    }
}
