package nl.hecht.wijkfoto.internal;

import java.util.Set;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import nl.hecht.identity.CurrentUser;
import nl.hecht.network.NetworkId;
import nl.hecht.shared.usecase.AccessPolicy;

/** Who may see and change a network's wijkfoto (the rules in {@link WijkfotoAccess}). */
@Configuration(proxyBeanMethods = false)
public class WijkfotoPolicies {

    public static final String VIEW_WIJKFOTO = "VIEW_WIJKFOTO";
    public static final String EDIT_WIJKFOTO = "EDIT_WIJKFOTO";

    private static final Set<String> ROLES = Set.of("ADMIN", "RESV_STAFF", "COORDINATOR", "PROFESSIONAL");

    WijkfotoPolicies() {
    }

    @Bean
    AccessPolicy viewWijkfotoPolicy(WijkfotoAccess access) {
        return AccessPolicy.onRecord(VIEW_WIJKFOTO, ROLES, CurrentUser.class, NetworkId.class, access::toView);
    }

    @Bean
    AccessPolicy editWijkfotoPolicy(WijkfotoAccess access) {
        return AccessPolicy.onRecord(EDIT_WIJKFOTO, ROLES, CurrentUser.class, NetworkId.class, access::toEdit);
    }
}
