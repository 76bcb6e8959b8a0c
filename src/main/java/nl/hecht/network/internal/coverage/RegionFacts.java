package nl.hecht.network.internal.coverage;

import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.hecht.area.Neighbourhood;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.region.SizeAdvice;
import nl.hecht.shared.NeighbourhoodCode;

/** Everything the coverage of one region is computed from, loaded in a few queries. */
public record RegionFacts(SizeAdvice advice, List<Neighbourhood> neighbourhoods, List<AreaFact> areas,
        Map<NetworkId, NetworkFact> networks, Map<NeighbourhoodCode, Set<NetworkId>> networksByNeighbourhood) {
}
