package nl.hecht.network.internal.access;

import java.util.Arrays;
import java.util.Optional;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.NetworkId;
import nl.hecht.network.RegionId;
import nl.hecht.network.internal.network.Network;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.network.internal.region.Region;
import nl.hecht.network.internal.region.RegionRepository;
import nl.hecht.shared.usecase.AccessPolicy;
import nl.hecht.shared.usecase.UseCaseCall;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may do what with regions and networks (R043; the rules themselves in {@link NetworkAccess}): what a person may
 * not see answers 404 (it might as well not exist), what they may see but not change answers 403. A use case names
 * one of these in {@code @UseCase(policy = ...)}; its record is the first {@link NetworkId} or {@link RegionId}
 * argument and the person the {@link CurrentUser} argument (or the one signed in).
 */
@Configuration(proxyBeanMethods = false)
class NetworkPolicies {

    /** Professionals, coordinators and RESV staff (and administrators): the networks part of Hecht at all. */
    static final String SEE_NETWORKS = "SEE_NETWORKS";
    /** One network: its members, area and charter to read (a member of a network of its region, or its RESV). */
    static final String VIEW_NETWORK = "VIEW_NETWORK";
    /** One network's members, service area, charter and composition to change: its coordinator or its RESV. */
    static final String COORDINATE_NETWORK = "COORDINATE_NETWORK";
    /** One network's status, profile and size justification to change: RESV staff of its region. */
    static final String MANAGE_NETWORK = "MANAGE_NETWORK";
    /** RESV staff and administrators: regions, coverage and maps as a whole. */
    static final String SEE_REGIONS = "SEE_REGIONS";
    /** One region to read and change: its RESV staff (and administrators). */
    static final String MANAGE_REGION = "MANAGE_REGION";
    /** A new region: administrators only. */
    static final String CREATE_REGION = "CREATE_REGION";

    private static final String[] NETWORK_ROLES = { "ADMIN", "RESV_STAFF", "COORDINATOR", "PROFESSIONAL" };

    @Bean
    AccessPolicy seeNetworks() {
        return AccessPolicy.anyRole(SEE_NETWORKS, NETWORK_ROLES);
    }

    @Bean
    AccessPolicy seeRegions() {
        return AccessPolicy.anyRole(SEE_REGIONS, "ADMIN", "RESV_STAFF");
    }

    @Bean
    AccessPolicy createRegion() {
        return AccessPolicy.anyRole(CREATE_REGION, "ADMIN");
    }

    @Bean
    AccessPolicy viewNetwork(NetworkAccess access, NetworkRepository networks) {
        return AccessPolicy.of(VIEW_NETWORK, call -> withNetworkRole(call)
                .and(() -> Verdict.visibleIf(visible(call, access, networks).isPresent())));
    }

    @Bean
    AccessPolicy coordinateNetwork(NetworkAccess access, NetworkRepository networks) {
        return AccessPolicy.of(COORDINATE_NETWORK, call -> withNetworkRole(call).and(() -> visible(call, access,
                networks).map(network -> Verdict.grantedIf(access.canCoordinate(user(call), network)))
                .orElse(Verdict.HIDDEN)));
    }

    @Bean
    AccessPolicy manageNetwork(NetworkAccess access, NetworkRepository networks) {
        return AccessPolicy.of(MANAGE_NETWORK, call -> withNetworkRole(call).and(() -> visible(call, access,
                networks).map(network -> Verdict.grantedIf(access.canManage(user(call), network)))
                .orElse(Verdict.HIDDEN)));
    }

    @Bean
    AccessPolicy manageRegion(NetworkAccess access, RegionRepository regions) {
        return AccessPolicy.of(MANAGE_REGION, call -> {
            Optional<CurrentUser> user = call.caller(CurrentUser.class);
            if (user.isEmpty() || !user.get().has(Role.ADMIN) && !user.get().has(Role.RESV_STAFF)) {
                return Verdict.DENIED;
            }
            Optional<Region> region = call.argument(RegionId.class).flatMap(id -> regions.findById(id.value()));
            return Verdict.visibleIf(region.isPresent() && access.canManage(user.get(), region.get()));
        });
    }

    /** Someone without a role of the networks part (a client) is refused (403) before any record is looked up. */
    private static Verdict withNetworkRole(UseCaseCall call) {
        return Verdict.grantedIf(call.caller(CurrentUser.class).map(user -> user.roles().stream()
                .anyMatch(role -> Arrays.asList(NETWORK_ROLES).contains(role.name()))).orElse(false));
    }

    /** The network of the call, when it exists and the caller may see it. */
    private static Optional<Network> visible(UseCaseCall call, NetworkAccess access, NetworkRepository networks) {
        CurrentUser user = user(call);
        return call.argument(NetworkId.class).flatMap(id -> networks.findById(id.value()))
                .filter(network -> access.canView(user, network));
    }

    private static CurrentUser user(UseCaseCall call) {
        return call.caller(CurrentUser.class).orElseThrow();
    }
}
