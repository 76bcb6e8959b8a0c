package nl.hecht.network.internal.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.directory.NetworkAreas;
import nl.hecht.identity.AccountId;
import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkFormed;
import nl.hecht.network.NetworkStatus;
import nl.hecht.network.NetworkStatusChanged;
import nl.hecht.network.RegionId;
import nl.hecht.network.ServiceAreaChanged;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRenamed;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.MunicipalityCode;
import nl.hecht.shared.NeighbourhoodCode;
import nl.hecht.shared.Today;
import nl.hecht.shared.cache.ReferenceDataCache;

/**
 * Tells the sociale kaart (module directory) which networks it can filter on (those of the regions the person may
 * see, {@link NetworkAccess#visibleRegions}), which neighbourhoods a coordinator curates (those of the service areas
 * of the networks the account currently coordinates) and which municipalities RESV staff keep (those of their
 * regions). Ended networks count for neither; a neighbourhood outside the network's region never counts.
 * <p>
 * The search pages ask for the networks at every search: the answer per set of visible regions is kept in the
 * reference data cache until a network is formed, renamed, changes status or service area (and at most its lifetime).
 */
@Component
@Transactional(readOnly = true)
class NetworkAreasForDirectory implements NetworkAreas {

    static final String CACHE = "network-service-areas";

    private final NetworkRepository networks;
    private final RegionRepository regions;
    private final NetworkAccess access;
    private final Clock clock;
    private final CacheManager caches;
    private final ReferenceDataCache cache;

    NetworkAreasForDirectory(NetworkRepository networks, RegionRepository regions, NetworkAccess access,
            Clock clock, CacheManager caches, ReferenceDataCache cache) {
        this.networks = networks;
        this.regions = regions;
        this.access = access;
        this.clock = clock;
        this.caches = caches;
        this.cache = cache;
    }

    @Override
    public List<NetworkArea> networks() {
        return networksIn(null);
    }

    @Override
    public List<NetworkArea> networksVisibleTo(CurrentUser user) {
        return networksIn(access.visibleRegions(user));
    }

    @EventListener({NetworkFormed.class, NetworkRenamed.class, NetworkStatusChanged.class, ServiceAreaChanged.class})
    void networkChanged() {
        cache.evict(CACHE);
    }

    /**
     * From the cache, per set of visible regions (null: all) and per state of the regions' municipalities (which the
     * areas are filtered by, and which change without an event of a network): a changed region is a new key.
     */
    private List<NetworkArea> networksIn(Set<RegionId> visible) {
        Map<UUID, Set<MunicipalityCode>> municipalities = municipalitiesByRegion();
        Cache areas = caches.getCache(CACHE);
        if (areas == null) {
            return load(visible, municipalities);
        }
        String key = (visible == null ? "*" : visible.stream().map(region -> region.value().toString()).sorted()
                .reduce((a, b) -> a + "," + b).orElse("")) + "|" + new java.util.TreeMap<>(municipalities);
        return areas.get(key, () -> load(visible, municipalities));
    }

    /** One query for the networks and their neighbourhoods. */
    private List<NetworkArea> load(Set<RegionId> visible, Map<UUID, Set<MunicipalityCode>> municipalities) {
        Map<UUID, String> names = new HashMap<>();
        Map<UUID, Set<NeighbourhoodCode>> areas = new HashMap<>();
        for (Object[] row : networks.serviceAreaRowsExcept(NetworkStatus.ENDED)) {
            UUID id = (UUID) row[0];
            RegionId region = (RegionId) row[3];
            NeighbourhoodCode code = new NeighbourhoodCode((String) row[2]);
            if (visible != null && !visible.contains(region)
                    || !municipalities.getOrDefault(region.value(), Set.of()).contains(code.municipality())) {
                continue;
            }
            names.put(id, (String) row[1]);
            areas.computeIfAbsent(id, key -> new TreeSet<>()).add(code);
        }
        return areas.entrySet().stream()
                .map(area -> new NetworkArea(area.getKey(), names.get(area.getKey()),
                        Collections.unmodifiableSet(area.getValue())))
                .sorted(Comparator.comparing(NetworkArea::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    @Override
    public Set<NeighbourhoodCode> curatedBy(AccountId account) {
        LocalDate today = Today.in(clock);
        Map<UUID, Set<MunicipalityCode>> municipalities = municipalitiesByRegion();
        Set<NeighbourhoodCode> codes = new TreeSet<>();
        for (Network network : networks.findWithMemberAccount(account.value())) {
            if (network.status() != NetworkStatus.ENDED && network.isCoordinator(account, today)) {
                Set<MunicipalityCode> region = municipalities.getOrDefault(network.region().value(), Set.of());
                network.serviceArea().stream().filter(code -> region.contains(code.municipality()))
                        .forEach(codes::add);
            }
        }
        return codes;
    }

    @Override
    public Set<MunicipalityCode> municipalitiesStaffedBy(AccountId account) {
        Set<MunicipalityCode> codes = new TreeSet<>();
        regions.findStaffedBy(account).forEach(region -> codes.addAll(region.municipalities()));
        return codes;
    }

    private Map<UUID, Set<MunicipalityCode>> municipalitiesByRegion() {
        Map<UUID, Set<MunicipalityCode>> byRegion = new HashMap<>();
        for (Region region : regions.findAll()) {
            byRegion.put(region.id().value(), region.municipalities());
        }
        return byRegion;
    }
}
