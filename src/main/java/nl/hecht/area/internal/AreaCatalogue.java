package nl.hecht.area.internal;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.persistence.Tuple;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.area.Areas;
import nl.hecht.area.KeyFigures;
import nl.hecht.area.Municipality;
import nl.hecht.area.Neighbourhood;
import nl.hecht.shared.DistrictCode;
import nl.hecht.shared.cache.ReferenceDataCache;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * The areas as other modules see them. Every question is answered with a few queries, whatever the number asked. The
 * municipalities and the neighbourhoods of municipalities (what every search page offers to choose from) come from
 * the reference data cache ({@link ReferenceDataCache}); an import empties it ({@link AreaImportWriter}).
 */
@Service
@Transactional(readOnly = true)
class AreaCatalogue implements Areas {

    static final String MUNICIPALITIES = "area-municipalities";
    static final String NEIGHBOURHOODS_IN = "area-neighbourhoods-in";
    static final String COUNTRY_KEY_FIGURES = "area-country-key-figures";
    static final String[] CACHES = {MUNICIPALITIES, NEIGHBOURHOODS_IN, COUNTRY_KEY_FIGURES};

    private final AreaRepository areas;
    private final AreaKeyFiguresRepository figures;
    private final AreaGeometryRepository geometries;
    private final AreaNeighbours neighbours;

    AreaCatalogue(AreaRepository areas, AreaKeyFiguresRepository figures, AreaGeometryRepository geometries,
            AreaNeighbours neighbours) {
        this.areas = areas;
        this.figures = figures;
        this.geometries = geometries;
        this.neighbours = neighbours;
    }

    @Override
    @Cacheable(MUNICIPALITIES)
    public List<Municipality> municipalities() {
        return areas.findByLevelOrderByNameAsc(AreaLevel.MUNICIPALITY).stream()
                .map(area -> new Municipality(new MunicipalityCode(area.code()), area.name())).toList();
    }

    @Override
    public Optional<Municipality> municipality(MunicipalityCode code) {
        return areas.findById(code.value()).map(area -> new Municipality(code, area.name()));
    }

    @Override
    @Cacheable(cacheNames = NEIGHBOURHOODS_IN, key = "T(java.util.Set).copyOf(#p0)")
    public List<Neighbourhood> neighbourhoodsIn(Collection<MunicipalityCode> municipalities) {
        if (municipalities.isEmpty()) {
            return List.of();
        }
        return areas.neighbourhoodsIn(municipalities.stream().map(MunicipalityCode::value).toList()).stream()
                .map(AreaCatalogue::neighbourhood).toList();
    }

    @Override
    public List<Neighbourhood> neighbourhoods(Collection<NeighbourhoodCode> codes) {
        return AreaNeighbours.chunks(values(codes)).stream()
                .flatMap(chunk -> areas.neighbourhoods(chunk).stream()).map(AreaCatalogue::neighbourhood)
                .sorted((a, b) -> a.code().compareTo(b.code())).toList();
    }

    @Override
    public Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code) {
        return areas.neighbourhoods(List.of(code.value())).stream().findFirst().map(AreaCatalogue::neighbourhood);
    }

    @Override
    public Map<NeighbourhoodCode, KeyFigures> latestKeyFigures(Collection<NeighbourhoodCode> codes) {
        Map<String, KeyFigures> latest = new HashMap<>();
        for (List<String> chunk : AreaNeighbours.chunks(values(codes))) {
            for (AreaKeyFigures row : figures.findByAreaCodes(chunk)) {
                latest.merge(row.areaCode(), row.toKeyFigures(),
                        (a, b) -> a.year() >= b.year() ? a : b);
            }
        }
        Map<NeighbourhoodCode, KeyFigures> result = new TreeMap<>();
        latest.forEach((code, keyFigures) -> result.put(new NeighbourhoodCode(code), keyFigures));
        return result;
    }

    @Override
    @Cacheable(COUNTRY_KEY_FIGURES)
    public Map<NeighbourhoodCode, KeyFigures> latestKeyFiguresOfTheCountry() {
        List<NeighbourhoodCode> all = areas.findByLevelOrderByNameAsc(AreaLevel.NEIGHBOURHOOD).stream()
                .map(area -> new NeighbourhoodCode(area.code())).toList();
        return java.util.Collections.unmodifiableMap(latestKeyFigures(all));
    }

    @Override
    public Map<NeighbourhoodCode, Set<NeighbourhoodCode>> neighbours(Collection<NeighbourhoodCode> codes) {
        Map<NeighbourhoodCode, Set<NeighbourhoodCode>> result = new TreeMap<>();
        neighbours.of(values(codes)).forEach((code, others) -> result.put(new NeighbourhoodCode(code),
                others.stream().map(NeighbourhoodCode::new).collect(Collectors.toCollection(java.util.TreeSet::new))));
        return result;
    }

    @Override
    public Map<NeighbourhoodCode, String> geometries(Collection<NeighbourhoodCode> codes) {
        Map<NeighbourhoodCode, String> result = new TreeMap<>();
        for (List<String> chunk : AreaNeighbours.chunks(values(codes))) {
            for (Tuple row : geometries.geoJson(chunk)) {
                result.put(new NeighbourhoodCode(row.get("code", String.class)), row.get("geoJson", String.class));
            }
        }
        return result;
    }

    @Override
    public Map<MunicipalityCode, String> municipalityGeometries(Collection<MunicipalityCode> codes) {
        Map<MunicipalityCode, String> result = new TreeMap<>();
        List<String> values = codes.stream().map(MunicipalityCode::value).distinct().toList();
        for (List<String> chunk : AreaNeighbours.chunks(values)) {
            for (Tuple row : geometries.geoJson(chunk)) {
                result.put(new MunicipalityCode(row.get("code", String.class)), row.get("geoJson", String.class));
            }
        }
        return result;
    }

    private static List<String> values(Collection<NeighbourhoodCode> codes) {
        return codes.stream().map(NeighbourhoodCode::value).distinct().toList();
    }

    private static Neighbourhood neighbourhood(Tuple row) {
        return new Neighbourhood(new NeighbourhoodCode(row.get("code", String.class)),
                row.get("name", String.class), new DistrictCode(row.get("districtCode", String.class)),
                row.get("districtName", String.class), new MunicipalityCode(row.get("municipalityCode", String.class)),
                row.get("municipalityName", String.class), row.get("latitude", Double.class),
                row.get("longitude", Double.class));
    }
}
