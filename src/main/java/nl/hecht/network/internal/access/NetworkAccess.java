package nl.hecht.network.internal.access;

import java.time.Clock;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.NetworkId;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.Today;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may see and change which region and network (R043):
 * <ul>
 * <li>an administrator, and RESV staff (staff, area managers, project lead) of a region, manage that region and its
 * networks;</li>
 * <li>a coordinator manages the members, service area, charter and composition of the networks they coordinate;</li>
 * <li>professionals and coordinators see every network and "who to call" page of the regions in which they are a
 * member of a network;</li>
 * <li>clients see none of it.</li>
 * </ul>
 * What a person may not see answers 404 (it might as well not exist); what they may see but not change answers 403.
 * The policies of the use-case boundary ({@link NetworkPolicies}) run before the use case's transaction: they call
 * the {@code toX} methods here, which load the record and decide in one read-only transaction (lazy collections such
 * as the members are read while it is open).
 */
@Service
@Transactional(readOnly = true)
public class NetworkAccess {

    private final RegionRepository regions;
    private final NetworkRepository networks;
    private final Clock clock;

    NetworkAccess(RegionRepository regions, NetworkRepository networks, Clock clock) {
        this.regions = regions;
        this.networks = networks;
        this.clock = clock;
    }

    /** The regions whose networks the person may see. */
    public Set<RegionId> visibleRegions(CurrentUser user) {
        Set<RegionId> visible = new LinkedHashSet<>();
        if (user.has(Role.ADMIN)) {
            regions.findAllByOrderByNameAsc().forEach(region -> visible.add(region.id()));
            return visible;
        }
        if (user.has(Role.RESV_STAFF)) {
            regions.findStaffedBy(user.id()).forEach(region -> visible.add(region.id()));
        }
        if (user.has(Role.PROFESSIONAL) || user.has(Role.COORDINATOR)) {
            LocalDate today = today();
            networks.findWithMemberAccount(user.id().value()).stream()
                    .filter(network -> network.isMember(user.id(), today))
                    .forEach(network -> visible.add(network.region()));
        }
        return visible;
    }

    public boolean canManage(CurrentUser user, Region region) {
        return user.has(Role.ADMIN) || user.has(Role.RESV_STAFF) && region.isStaffed(user.id());
    }

    public boolean canManage(CurrentUser user, Network network) {
        return user.has(Role.ADMIN)
                || user.has(Role.RESV_STAFF) && regions.findById(network.region().value())
                        .map(region -> region.isStaffed(user.id())).orElse(false);
    }

    public boolean canCoordinate(CurrentUser user, Network network) {
        return canManage(user, network)
                || user.has(Role.COORDINATOR) && network.isCoordinator(user.id(), today());
    }

    public boolean canView(CurrentUser user, Network network) {
        return canCoordinate(user, network) || visibleRegions(user).contains(network.region());
    }

    // --- the decisions of the policies ({@link NetworkPolicies}), each loading and deciding in one transaction ----

    /** Whether the person may see the network: {@link Verdict#HIDDEN} when it does not exist or is not theirs to see. */
    public Verdict toView(CurrentUser user, NetworkId id) {
        return Verdict.visibleIf(networks.findById(id.value()).filter(network -> canView(user, network)).isPresent());
    }

    /** Whether the person may change the network's members, area, charter and composition: hidden, denied or granted. */
    public Verdict toCoordinate(CurrentUser user, NetworkId id) {
        return networks.findById(id.value()).filter(network -> canView(user, network))
                .map(network -> Verdict.grantedIf(canCoordinate(user, network))).orElse(Verdict.HIDDEN);
    }

    /** Whether the person may change the network's status, profile and size justification (RESV of its region). */
    public Verdict toManage(CurrentUser user, NetworkId id) {
        return networks.findById(id.value()).filter(network -> canView(user, network))
                .map(network -> Verdict.grantedIf(canManage(user, network))).orElse(Verdict.HIDDEN);
    }

    /** Whether the person manages the region: {@link Verdict#HIDDEN} when it does not exist or is not theirs. */
    public Verdict toManageRegion(CurrentUser user, RegionId id) {
        return Verdict.visibleIf(regions.findById(id.value()).filter(region -> canManage(user, region)).isPresent());
    }

    /**
     * What the person may do with a network, for the buttons a page shows: decided by the same rules as the policies
     * (the use case itself was let through by its policy already).
     */
    public record Rights(boolean manage, boolean coordinate) {
    }

    public Rights rightsOn(CurrentUser user, Network network) {
        return new Rights(canManage(user, network), canCoordinate(user, network));
    }

    /** Whether the person manages the region, for the links a page shows (same rule as {@link #toManageRegion}). */
    public boolean manages(CurrentUser user, Region region) {
        return canManage(user, region);
    }

    private LocalDate today() {
        return Today.in(clock);
    }
}
