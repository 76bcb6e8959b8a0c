package nl.hecht.network.internal.network;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;

import nl.hecht.network.AreaBasis;
import nl.hecht.shared.DomainException;
import nl.hecht.shared.NeighbourhoodCode;

/**
 * Whose population a network serves: the neighbourhoods of its service area, or for practice-based networks the GP
 * practices whose patients it serves (R136). Part of the {@link Network} aggregate; the network registers the event.
 */
@Embeddable
class ServiceArea {

    @Enumerated(EnumType.STRING)
    @Column(name = "area_basis", nullable = false, length = 20)
    private AreaBasis areaBasis;

    @ElementCollection
    @CollectionTable(name = "network_service_area", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "neighbourhood_code", length = 10)
    private Set<String> serviceArea = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "network_served_practice", joinColumns = @JoinColumn(name = "network_id"))
    @Column(name = "organisation_id")
    private Set<UUID> servedPractices = new LinkedHashSet<>();

    protected ServiceArea() {
    }

    ServiceArea(AreaBasis basis) {
        this.areaBasis = basis == null ? AreaBasis.NEIGHBOURHOODS : basis;
    }

    /**
     * Serves exactly these neighbourhoods. Each must lie in the network's region: {@code inRegion} holds the
     * neighbourhoods of the region's municipalities. One outside it refuses the whole change.
     */
    void serveNeighbourhoods(Collection<NeighbourhoodCode> codes, Set<NeighbourhoodCode> inRegion) {
        if (!inRegion.containsAll(codes)) {
            throw new DomainException("network.error.area-outside-region");
        }
        this.areaBasis = AreaBasis.NEIGHBOURHOODS;
        serviceArea.clear();
        codes.forEach(code -> serviceArea.add(code.value()));
    }

    /**
     * Adds the neighbourhood, or removes it when it is in; returns whether it is now in. Only a neighbourhood of the
     * region ({@code inRegion}) can be added; any can be removed.
     */
    boolean toggleNeighbourhood(NeighbourhoodCode code, Set<NeighbourhoodCode> inRegion) {
        if (serviceArea.remove(code.value())) {
            return false;
        }
        if (!inRegion.contains(code)) {
            throw new DomainException("network.error.area-outside-region");
        }
        serviceArea.add(code.value());
        return true;
    }

    /** Serves the patients of these GP practices (R136). */
    void servePractices(Collection<UUID> practiceOrganisationIds) {
        this.areaBasis = AreaBasis.PRACTICES;
        servedPractices.clear();
        servedPractices.addAll(practiceOrganisationIds);
    }

    AreaBasis basis() {
        return areaBasis;
    }

    Set<NeighbourhoodCode> neighbourhoods() {
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        serviceArea.forEach(code -> codes.add(new NeighbourhoodCode(code)));
        return codes;
    }

    int neighbourhoodCount() {
        return serviceArea.size();
    }

    Set<UUID> practices() {
        return Set.copyOf(servedPractices);
    }

    int practiceCount() {
        return servedPractices.size();
    }
}
