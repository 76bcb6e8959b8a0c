package nl.hecht.wijkfoto.internal;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import nl.hecht.identity.CurrentUser;
import nl.hecht.identity.Role;
import nl.hecht.network.NetworkId;
import nl.hecht.network.NetworkSummary;
import nl.hecht.network.Networks;
import nl.hecht.network.Regions;
import nl.hecht.shared.usecase.Verdict;

/**
 * Who may see and change a network's wijkfoto: the network's current members and coordinators, RESV staff of its
 * region and administrators see it (everyone else gets 404, as for a network that does not exist); its coordinators,
 * RESV staff of its region and administrators change its target groups and notes and import figures (a member who
 * may see it gets 403).
 */
@Component
@Transactional(readOnly = true)
public class WijkfotoAccess {

    private final Networks networks;
    private final Regions regions;

    WijkfotoAccess(Networks networks, Regions regions) {
        this.networks = networks;
        this.regions = regions;
    }

    public Verdict toView(CurrentUser user, NetworkId id) {
        return networks.find(id).map(network -> Verdict.visibleIf(canView(user, network))).orElse(Verdict.HIDDEN);
    }

    public Verdict toEdit(CurrentUser user, NetworkId id) {
        return networks.find(id).filter(network -> canView(user, network))
                .map(network -> Verdict.grantedIf(canEdit(user, network))).orElse(Verdict.HIDDEN);
    }

    boolean canView(CurrentUser user, NetworkSummary network) {
        return canEdit(user, network) || (user.has(Role.PROFESSIONAL) || user.has(Role.COORDINATOR))
                && networks.isMember(network.id(), user.id());
    }

    boolean canEdit(CurrentUser user, NetworkSummary network) {
        return user.has(Role.ADMIN)
                || user.has(Role.RESV_STAFF) && regions.staffedBy(user.id()).stream()
                        .anyMatch(region -> region.id().equals(network.region()))
                || user.has(Role.COORDINATOR) && networks.isCoordinator(network.id(), user.id());
    }
}
