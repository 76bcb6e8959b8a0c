package nl.hecht.directory.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

import nl.hecht.area.Areas;
import nl.hecht.area.Neighbourhood;
import nl.hecht.directory.NetworkAreas;
import nl.hecht.shared.NeighbourhoodCode;

/** The neighbourhoods the entry and location forms offer, by municipality (R090). */
@Component
public class NeighbourhoodChoices {

    private final Areas areas;
    private final ObjectProvider<NetworkAreas> networkAreas;

    NeighbourhoodChoices(Areas areas, ObjectProvider<NetworkAreas> networkAreas) {
        this.areas = areas;
        this.networkAreas = networkAreas;
    }

    /**
     * The neighbourhoods one can pick: those of the region's networks (and those already chosen), by municipality;
     * all known neighbourhoods when there are no networks yet.
     */
    List<NeighbourhoodGroup> of(Collection<NeighbourhoodCode> current) {
        Set<NeighbourhoodCode> codes = new TreeSet<>(Comparator.comparing(NeighbourhoodCode::value));
        NetworkAreas networks = networkAreas.getIfAvailable();
        if (networks != null) {
            networks.networks().forEach(network -> codes.addAll(network.neighbourhoods()));
        }
        List<Neighbourhood> known;
        if (codes.isEmpty()) {
            known = areas.neighbourhoodsIn(areas.municipalities().stream().map(m -> m.code()).toList());
            codes.addAll(current);
            Set<NeighbourhoodCode> seen = known.stream().map(Neighbourhood::code).collect(Collectors.toSet());
            List<Neighbourhood> extra = areas.neighbourhoods(codes.stream().filter(c -> !seen.contains(c)).toList());
            known = new ArrayList<>(known);
            known.addAll(extra);
        } else {
            codes.addAll(current);
            known = areas.neighbourhoods(codes);
        }
        Map<String, List<Neighbourhood>> byMunicipality = new java.util.TreeMap<>();
        for (Neighbourhood neighbourhood : known) {
            byMunicipality.computeIfAbsent(neighbourhood.municipalityName(), key -> new ArrayList<>()).add(neighbourhood);
        }
        return byMunicipality.entrySet().stream()
                .map(group -> new NeighbourhoodGroup(group.getKey(), group.getValue().stream()
                        .sorted(Comparator.comparing(Neighbourhood::name)).toList()))
                .toList();
    }

    public record NeighbourhoodGroup(String municipalityName, List<Neighbourhood> neighbourhoods) {

        /** Whether any of the given codes lies in this group (to open it on the form). */
        public boolean containsAny(Collection<String> codes) {
            return neighbourhoods.stream().anyMatch(n -> codes.contains(n.code().value()));
        }
    }
}
