package nl.hecht.network.internal.access;

import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_AREA;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_MEMBERS;
import static nl.hecht.network.internal.access.NetworkPolicyNames.CREATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.COORDINATE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.CREATE_REGION;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_NETWORK;
import static nl.hecht.network.internal.access.NetworkPolicyNames.MANAGE_REGION;
import static nl.hecht.network.internal.access.NetworkPolicyNames.SEE_NETWORKS;
import static nl.hecht.network.internal.access.NetworkPolicyNames.SEE_REGIONS;
import static nl.hecht.network.internal.access.NetworkPolicyNames.VIEW_NETWORK;

import java.util.Set;
import java.util.function.BiFunction;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.RegionId;
import nl.hecht.shared.usecase.AccessPolicy;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may do what with regions and networks (R043; the rules themselves in {@link NetworkAccess}): what a person may
 * not see answers 404 (it might as well not exist), what they may see but not change answers 403. A use case names
 * one of these in {@code @UseCase(policy = ...)}; its record is the first {@link NetworkId} or {@link RegionId}
 * argument and the person the {@link CurrentUser} argument (or the one signed in).
 * <p>
 * Each policy first asks for a role (refused with 403 before any record is looked up, as for a client), then lets
 * {@link NetworkAccess} load the record and decide in one read-only transaction: a policy runs before the use case's
 * own transaction opens.
 * <p>
 * The names of the policies the network's services of other packages share are in {@link NetworkPolicyNames}; the
 * ones below are the network pages' own.
 */
@Configuration(proxyBeanMethods = false)
public class NetworkPolicies {

    /** Professionals, coordinators and RESV staff (and administrators): the networks part of Hecht at all. */
    private static final Set<String> NETWORK_ROLES = Set.of("ADMIN", "RESV_STAFF", "COORDINATOR", "PROFESSIONAL");
    /** Who changes a network's members and area. */
    private static final Set<String> COORDINATING_ROLES = Set.of("ADMIN", "RESV_STAFF", "COORDINATOR");
    /** Who manages regions. */
    private static final Set<String> REGION_ROLES = Set.of("ADMIN", "RESV_STAFF");

    NetworkPolicies() {
    }

    @Bean
    AccessPolicy seeNetworksPolicy() {
        return AccessPolicy.anyRole(SEE_NETWORKS, NETWORK_ROLES.toArray(String[]::new));
    }

    @Bean
    AccessPolicy seeRegionsPolicy() {
        return AccessPolicy.anyRole(SEE_REGIONS, REGION_ROLES.toArray(String[]::new));
    }

    @Bean
    AccessPolicy createRegionPolicy() {
        return AccessPolicy.anyRole(CREATE_REGION, "ADMIN");
    }

    @Bean
    AccessPolicy viewNetworkPolicy(NetworkAccess access) {
        return onNetwork(VIEW_NETWORK, NETWORK_ROLES, access::toView);
    }

    @Bean
    AccessPolicy coordinateNetworkPolicy(NetworkAccess access) {
        return onNetwork(COORDINATE_NETWORK, NETWORK_ROLES, access::toCoordinate);
    }

    @Bean
    AccessPolicy coordinateMembersPolicy(NetworkAccess access) {
        return onNetwork(COORDINATE_MEMBERS, COORDINATING_ROLES, access::toCoordinate);
    }

    @Bean
    AccessPolicy coordinateAreaPolicy(NetworkAccess access) {
        return onNetwork(COORDINATE_AREA, COORDINATING_ROLES, access::toCoordinate);
    }

    @Bean
    AccessPolicy manageNetworkPolicy(NetworkAccess access) {
        return onNetwork(MANAGE_NETWORK, NETWORK_ROLES, access::toManage);
    }

    @Bean
    AccessPolicy manageRegionPolicy(NetworkAccess access) {
        return onRegion(MANAGE_REGION, REGION_ROLES, access);
    }

    @Bean
    AccessPolicy createNetworkPolicy(NetworkAccess access) {
        return onRegion(CREATE_NETWORK, NETWORK_ROLES, access);
    }

    /** The caller has one of the roles (else 403), and the decision on the call's network. */
    private static AccessPolicy onNetwork(String name, Set<String> roles,
            BiFunction<CurrentUser, NetworkId, Verdict> decision) {
        return AccessPolicy.onRecord(name, roles, CurrentUser.class, NetworkId.class, decision);
    }

    /** The caller has one of the roles (else 403) and manages the call's region (else 404). */
    private static AccessPolicy onRegion(String name, Set<String> roles, NetworkAccess access) {
        return AccessPolicy.onRecord(name, roles, CurrentUser.class, RegionId.class, access::toManageRegion);
    }
}
