package nl.hecht.network;

import java.util.Set;

import nl.hecht.shared.MunicipalityCode;

/** A region (RESV) as other modules see it. */
public record RegionSummary(RegionId id, String name, Set<MunicipalityCode> municipalities) {

    public RegionSummary {
        municipalities = Set.copyOf(municipalities);
    }
}
