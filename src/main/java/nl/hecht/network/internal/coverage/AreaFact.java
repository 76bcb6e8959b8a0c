package nl.hecht.network.internal.coverage;

import nl.hecht.shared.NeighbourhoodCode;

/** A neighbourhood of the region with its latest number of inhabitants (null when CBS does not publish it). */
public record AreaFact(NeighbourhoodCode code, String name, String districtName, String municipalityName,
        Integer inhabitants) {

    long inhabitantsOrZero() {
        return inhabitants == null ? 0 : inhabitants;
    }
}
