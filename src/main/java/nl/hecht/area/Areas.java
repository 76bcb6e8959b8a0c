package nl.hecht.area;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/** What other modules may ask of the CBS areas. Reads only; areas change by import. */
public interface Areas {

    List<Municipality> municipalities();

    Optional<Municipality> municipality(MunicipalityCode code);

    /** All neighbourhoods of the given municipalities, ordered by code. */
    List<Neighbourhood> neighbourhoodsIn(Collection<MunicipalityCode> municipalities);

    List<Neighbourhood> neighbourhoods(Collection<NeighbourhoodCode> codes);

    Optional<Neighbourhood> neighbourhood(NeighbourhoodCode code);

    /** The most recent key figures of each given neighbourhood (neighbourhoods without figures are absent). */
    Map<NeighbourhoodCode, KeyFigures> latestKeyFigures(Collection<NeighbourhoodCode> codes);

    /** The latest key figures of every neighbourhood there is (the country, for comparisons); cached until an import. */
    Map<NeighbourhoodCode, KeyFigures> latestKeyFiguresOfTheCountry();

    /** Pairs of neighbourhoods whose areas touch, derived from the geometry at import, for the given ones. */
    Map<NeighbourhoodCode, Set<NeighbourhoodCode>> neighbours(Collection<NeighbourhoodCode> codes);

    /** The geometry of each given neighbourhood as a GeoJSON geometry object in WGS84 (absent when unknown). */
    Map<NeighbourhoodCode, String> geometries(Collection<NeighbourhoodCode> codes);

    /** The outline of each given municipality as a GeoJSON geometry object in WGS84 (absent when unknown). */
    Map<MunicipalityCode, String> municipalityGeometries(Collection<MunicipalityCode> codes);
}
