package nl.hecht.network.internal.network;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import org.springframework.cache.annotation.Cacheable;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.identity.AccountId;
import nl.hecht.network.NetworkFormed;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkStatusChanged;
import nl.hecht.network.ServiceAreaChanged;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.cache.ReferenceDataCache;

/**
 * Tells the sociale kaart (module directory) which networks it can filter on and which neighbourhoods a coordinator
 * curates: those of the service areas of the networks the account currently coordinates. Ended networks count for
 * neither.
 */
@Component
@Transactional(readOnly = true)
class NetworkAreasForDirectory implements NetworkAreas {

    static final String CACHE = "network.service-areas";

    private final NetworkRepository networks;
    private final Clock clock;
    private final ReferenceDataCache cache;

    NetworkAreasForDirectory(NetworkRepository networks, Clock clock, ReferenceDataCache cache) {
        this.networks = networks;
        this.clock = clock;
        this.cache = cache;
    }

    /**
     * One query for all networks and their neighbourhoods (the search page asks at every search), kept in the
     * reference data cache until a network is formed, renamed, changes status or service area.
     */
    @Override
    @Cacheable(CACHE)
    public List<NetworkArea> networks() {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Set<NeighbourhoodCode>> areas = new HashMap<>();
        for (Object[] row : networks.serviceAreaRowsExcept(NetworkStatus.ENDED)) {
            UUID id = (UUID) row[0];
            names.put(id, (String) row[1]);
            areas.computeIfAbsent(id, key -> new TreeSet<>()).add(new NeighbourhoodCode((String) row[2]));
        }
        return areas.entrySet().stream()
                .map(area -> new NetworkArea(area.getKey(), names.get(area.getKey()),
                        java.util.Collections.unmodifiableSet(area.getValue())))
                .sorted(Comparator.comparing(NetworkArea::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @EventListener({NetworkFormed.class, NetworkRenamed.class, NetworkStatusChanged.class, ServiceAreaChanged.class})
    void networkChanged() {
        cache.evict(CACHE);
    }

    @Override
    public Set<NeighbourhoodCode> curatedBy(AccountId account) {
        LocalDate today = clock.instant().atZone(java.time.ZoneId.of("Europe/Amsterdam")).toLocalDate();
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        networks.findWithMemberAccount(account.value()).stream()
                .filter(network -> network.status() != NetworkStatus.ENDED && network.isCoordinator(account, today))
                .forEach(network -> codes.addAll(network.serviceArea()));
        return codes;
    }
}
