package nl.hecht.area;

import nl.hecht.shared.DistrictCode;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * A CBS neighbourhood (buurt) with the names of its district and municipality, and a representative point
 * (inside the area, WGS84) for labels and markers; the point is null when the geometry is unknown.
 */
public record Neighbourhood(NeighbourhoodCode code, String name, DistrictCode district, String districtName,
        MunicipalityCode municipality, String municipalityName, Double latitude, Double longitude) {
}
