package nl.hecht.directory.web;

import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.stereotype.Component;

import nl.hecht.area.Areas;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * The outlines under the directory maps when no tile server is configured: the municipalities the networks work in
 * and their neighbourhoods, as one GeoJSON FeatureCollection with only the geometry, the code, the name and the level
 * of each area (open to anyone: CBS areas are public). Outlines change only by an import, so the collection is kept
 * for {@link #KEEP} and browsers may keep it as long.
 */
@Component
class DirectoryOutlines {

    static final Duration KEEP = Duration.ofMinutes(10);

    private final Areas areas;
    private final NetworkAreas networkAreas;
    private final Clock clock;
    private volatile Kept kept;

    DirectoryOutlines(Areas areas, Optional<NetworkAreas> networkAreas, Clock clock) {
        this.areas = areas;
        this.networkAreas = networkAreas.orElse(null);
        this.clock = clock;
    }

    /** The outlines as GeoJSON: neighbourhoods first, then the municipalities (whose borders are drawn over them). */
    String geoJson() {
        Instant now = clock.instant();
        Kept current = kept;
        if (current == null || !now.isBefore(current.until())) {
            current = new Kept(build(), now.plus(KEEP));
            kept = current;
        }
        return current.geoJson();
    }

    private String build() {
        Set<MunicipalityCode> municipalities = municipalities();
        List<Neighbourhood> neighbourhoods = municipalities.isEmpty() ? List.of()
                : areas.neighbourhoodsIn(municipalities);
        Map<MunicipalityCode, String> municipalityOutlines = areas.municipalityGeometries(municipalities);
        Map<NeighbourhoodCode, String> neighbourhoodOutlines = areas.geometries(
                neighbourhoods.stream().map(Neighbourhood::code).toList());
        StringWriter out = new StringWriter();
        try (JsonGenerator json = JsonMapper.shared().createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("type", "FeatureCollection");
            json.writeName("features");
            json.writeStartArray();
            for (Neighbourhood neighbourhood : neighbourhoods) {
                String geometry = neighbourhoodOutlines.get(neighbourhood.code());
                if (geometry != null) {
                    feature(json, geometry, neighbourhood.code().value(), neighbourhood.name(), "neighbourhood");
                }
            }
            for (Municipality municipality : areas.municipalities()) {
                String geometry = municipalityOutlines.get(municipality.code());
                if (geometry != null) {
                    feature(json, geometry, municipality.code().value(), municipality.name(), "municipality");
                }
            }
            json.writeEndArray();
            json.writeEndObject();
        }
        return out.toString();
    }

    private static void feature(JsonGenerator json, String geometry, String code, String name, String level) {
        json.writeStartObject();
        json.writeStringProperty("type", "Feature");
        json.writeName("geometry");
        json.writeRawValue(geometry);
        json.writeName("properties");
        json.writeStartObject();
        json.writeStringProperty("code", code);
        json.writeStringProperty("name", name);
        json.writeStringProperty("level", level);
        json.writeEndObject();
        json.writeEndObject();
    }

    /** The municipalities the networks work in; without networks every known one when there are few (a region). */
    private Set<MunicipalityCode> municipalities() {
        Set<MunicipalityCode> municipalities = new LinkedHashSet<>();
        if (networkAreas != null) {
            networkAreas.networks().forEach(area -> area.neighbourhoods()
                    .forEach(code -> municipalities.add(code.municipality())));
        }
        if (municipalities.isEmpty()) {
            List<Municipality> known = areas.municipalities();
            if (known.size() <= 20) {
                known.forEach(municipality -> municipalities.add(municipality.code()));
            }
        }
        return municipalities;
    }

    private record Kept(String geoJson, Instant until) {
    }
}
