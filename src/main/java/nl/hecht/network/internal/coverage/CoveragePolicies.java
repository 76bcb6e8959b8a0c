package nl.hecht.network.internal.coverage;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.network.internal.access.NetworkAccess;
import nl.hecht.network.internal.network.NetworkRepository;
import nl.hecht.shared.usecase.AccessPolicy;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may see the maps of the coverage and the area editor (R043): the region's coverage map is
 * {@code MANAGE_REGION}; a network's area map is for administrators, RESV staff and coordinators only (403 for anyone
 * else), then 404 when they may not see the network and 403 when they may see but not coordinate it.
 */
@Configuration(proxyBeanMethods = false)
public class CoveragePolicies {

    /** The area editor's map of one network (the call's NetworkId). */
    public static final String MAP_NETWORK_AREA = "MAP_NETWORK_AREA";

    private static final Set<String> MAP_ROLES = Set.of("ADMIN", "RESV_STAFF", "COORDINATOR");

    @Bean
    AccessPolicy mapNetworkAreaPolicy(AreaMapAccess access) {
        return AccessPolicy.of(MAP_NETWORK_AREA, call -> Verdict.grantedIf(call.caller(CurrentUser.class).isPresent()
                && call.roles().stream().anyMatch(MAP_ROLES::contains))
                .and(() -> call.argument(NetworkId.class)
                        .map(network -> access.mayMap(call.caller(CurrentUser.class).orElseThrow(), network))
                        .orElse(Verdict.HIDDEN)));
    }

    /** Loads the network and decides in one read-only transaction (policies run before the use case's). */
    @Component
    static class AreaMapAccess {

        private final NetworkAccess access;
        private final NetworkRepository networks;

        AreaMapAccess(NetworkAccess access, NetworkRepository networks) {
            this.access = access;
            this.networks = networks;
        }

        @Transactional(readOnly = true)
        public Verdict mayMap(CurrentUser user, NetworkId id) {
            return networks.findById(id.value()).filter(network -> access.canView(user, network))
                    .map(network -> Verdict.grantedIf(access.canCoordinate(user, network))).orElse(Verdict.HIDDEN);
        }
    }
}
