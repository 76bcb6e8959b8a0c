package nl.hecht.network.web;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.view.MapData;

/** GeoJSON for the coverage map and the area editor's map; the use cases' policies decide who gets it. */
@Controller
class MapController {

    private static final MediaType GEO_JSON = MediaType.parseMediaType("application/geo+json");

    private final MapData maps;

    MapController(MapData maps) {
        this.maps = maps;
    }

    @GetMapping("/regions/{id}/coverage.geojson")
    ResponseEntity<String> coverage(@AuthenticationPrincipal CurrentUser user, @PathVariable RegionId id) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(maps.coverage(user, id));
    }

    @GetMapping("/networks/{id}/area.geojson")
    ResponseEntity<String> area(@AuthenticationPrincipal CurrentUser user, @PathVariable NetworkId id) {
        return ResponseEntity.ok().contentType(GEO_JSON).body(maps.area(user, id));
    }
}
